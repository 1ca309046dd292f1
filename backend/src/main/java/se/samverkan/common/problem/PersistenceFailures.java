package se.samverkan.common.problem;

import static se.samverkan.common.problem.Text.text;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import se.samverkan.common.persistence.UniqueConstraints;

/**
 * What the database says when two requests meet, or when it is away, as a problem the client can act on. The
 * failure may surface at flush or only at commit, wrapped in a rollback or an undeclared-throwable exception, so the
 * whole cause chain is searched.
 */
final class PersistenceFailures {

    /** Seconds a client should wait before retrying while the database is away. */
    static final int RETRY_AFTER_SECONDS = 5;

    private PersistenceFailures() {}

    static Optional<ProblemException> classify(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable e = failure; e != null && seen.put(e, Boolean.TRUE) == null; e = e.getCause()) {
            if (e instanceof ProblemException problem) {
                return Optional.of(problem);
            }
            if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
                return Optional.of(
                        new ProblemException(ProblemType.PRECONDITION_FAILED, text("problem.changed-meanwhile")));
            }
            if (e instanceof JDBCConnectionException || e instanceof SQLTransientConnectionException) {
                return Optional.of(unavailable());
            }
            if (e instanceof SQLException sql) {
                Optional<ProblemException> problem = fromSqlState(sql);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ProblemException> fromSqlState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // Agroal gives up waiting for a connection without a state when none can be made.
            String message = String.valueOf(sql.getMessage());
            return message.startsWith("Acquisition timeout") || message.contains("Connection refused")
                    ? Optional.of(unavailable())
                    : Optional.empty();
        }
        if (state.startsWith("08")
                || state.equals("57P01")
                || state.equals("57P02")
                || state.equals("57P03")
                || state.equals("53300")) {
            return Optional.of(unavailable());
        }
        return switch (state) {
            case "23505" -> Optional.of(unique(constraintOf(sql)));
            case "23503" -> Optional.of(ProblemException.conflict(text("problem.reference-gone")));
            case "40001", "40P01" -> Optional.of(ProblemException.conflict(text("problem.collision")));
            default -> Optional.empty();
        };
    }

    private static ProblemException unique(String constraint) {
        return UniqueConstraints.guard(constraint)
                .map(guard -> new ProblemException(
                        ProblemType.CONFLICT,
                        text("problem.value-taken", guard.field()),
                        List.of(new FieldError(guard.field(), text(guard.messageKey())))))
                .orElseGet(() -> ProblemException.conflict(text("problem.collision")));
    }

    private static String constraintOf(SQLException sql) {
        if (sql instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server != null) {
                return server.getConstraint();
            }
        }
        return null;
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, text("problem.database-unavailable"));
    }
}

package se.samverkan.common.persistence;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread (a request runs its blocking work on one worker
 * thread), so that the benchmark and the statement-count tests see N+1 queries. Costs one increment per statement.
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** A statement sent with plain JDBC, past Hibernate (KeptJson's version): counted all the same. */
    public static void count() {
        COUNT.get()[0]++;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int current() {
        return COUNT.get()[0];
    }
}

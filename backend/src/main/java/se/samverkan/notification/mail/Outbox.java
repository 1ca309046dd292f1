package se.samverkan.notification.mail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox table through plain JDBC in autocommit: each claim is one statement that locks the due rows it picks
 * with FOR UPDATE SKIP LOCKED and leases them, so two dispatchers (two API instances) never take the same row, and a
 * dispatcher that dies mid-send leaves rows that become due again when the lease ends.
 */
@ApplicationScoped
public class Outbox {

    /** After this many failed attempts a mail is given up (status FAILED, kept for inspection). */
    static final int MAX_ATTEMPTS = 20;

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Claims up to {@code limit} due immediate rows, plus every due digest row (a digest is one mail). */
    public List<OutboxRow> claim(Instant now, int limit, Duration lease) throws SQLException {
        String sql =
                """
                update mail_outbox set locked_until = ?, attempts = attempts + 1
                where id in (select id from mail_outbox
                             where status = 'PENDING' and due_at <= ? and (locked_until is null or locked_until < ?)
                               and (digest = 'NONE') = ?
                             order by due_at, id
                             limit ?
                             for update skip locked)
                returning id, recipient_email, recipient_username, subscription_id, locale, category, event,
                          params::text, link, calendar, digest, attempts
                """;
        List<OutboxRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            for (boolean immediate : new boolean[] {true, false}) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setTimestamp(1, Timestamp.from(now.plus(lease)));
                    statement.setTimestamp(2, Timestamp.from(now));
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setBoolean(4, immediate);
                    statement.setInt(5, immediate ? limit : Integer.MAX_VALUE);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new OutboxRow(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    (UUID) rs.getObject(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    json.readValue(rs.getString(8), PARAMS),
                                    rs.getString(9),
                                    rs.getString(10),
                                    rs.getString(11),
                                    rs.getInt(12)));
                        }
                    } catch (IOException e) {
                        throw new SQLException("unreadable outbox params", e);
                    }
                }
            }
        }
        return rows;
    }

    public void markSent(List<Long> ids, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "update mail_outbox set status = 'SENT', sent_at = ?, locked_until = null, last_error = null where id = any(?)")) {
            connection.setAutoCommit(true);
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
            statement.executeUpdate();
        }
    }

    /** A failed send: due again after an exponential backoff (30 s, 1 min, 2 min … at most an hour), or given up. */
    public void markFailed(List<Long> ids, int attempts, Instant now, String error) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        """
                        update mail_outbox set locked_until = null, due_at = ?, last_error = ?,
                               status = case when attempts >= ? then 'FAILED' else 'PENDING' end
                        where id = any(?)
                        """)) {
            connection.setAutoCommit(true);
            statement.setTimestamp(1, Timestamp.from(now.plus(backoff(attempts))));
            statement.setString(2, error == null ? null : error.substring(0, Math.min(error.length(), 1000)));
            statement.setInt(3, MAX_ATTEMPTS);
            statement.setArray(4, connection.createArrayOf("bigint", ids.toArray()));
            statement.executeUpdate();
        }
    }

    public static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(Math.max(attempts - 1, 0), 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}

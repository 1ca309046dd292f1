package se.samverkan.webhook;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The delivery table through plain JDBC in autocommit, as the mail outbox: a claim locks the due rows it picks with
 * FOR UPDATE SKIP LOCKED and leases them, so two instances never post the same delivery at once, and an instance that
 * dies mid-post leaves rows that are due again when the lease ends.
 */
@ApplicationScoped
public class WebhookDeliveries {

    @Inject
    AgroalDataSource dataSource;

    public record Claimed(
            UUID id, UUID subscriptionId, String url, String secret, String payload, int attempts, long position) {}

    public List<UUID> activeSubscriptions() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select id from webhook_subscription where status = 'ACTIVE' order by created_at, id");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.add((UUID) rs.getObject(1));
            }
        }
        return ids;
    }

    /**
     * Due deliveries of active subscriptions, oldest change first, at most {@code perSubscription} of each (one
     * subscriber that is down does not hold up the others), leased until {@code now + lease}.
     */
    public List<Claimed> claim(Instant now, int perSubscription, int limit, Duration lease) throws SQLException {
        String sql =
                """
                update webhook_delivery d set next_attempt_at = ?, attempts = d.attempts + 1
                  from webhook_subscription s
                 where s.id = d.subscription_id
                   and d.id in (select x.id from webhook_delivery x
                                 where x.id in (select r.id from (
                                         select p.id, row_number() over (partition by p.subscription_id
                                                                         order by p.position) as n
                                           from webhook_delivery p
                                           join webhook_subscription a on a.id = p.subscription_id
                                          where p.status = 'PENDING' and p.next_attempt_at <= ?
                                            and a.status = 'ACTIVE') r
                                        where r.n <= ?)
                                   and x.status = 'PENDING' and x.next_attempt_at <= ?
                                 order by x.position, x.id limit ? for update skip locked)
                returning d.id, d.subscription_id, s.url, s.secret, d.payload, d.attempts, d.position
                """;
        List<Claimed> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            statement.setTimestamp(1, Timestamp.from(now.plus(lease)));
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setInt(3, perSubscription);
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setInt(5, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Claimed(
                            (UUID) rs.getObject(1),
                            (UUID) rs.getObject(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6),
                            rs.getLong(7)));
                }
            }
        }
        // in the feed's order (RETURNING keeps none)
        rows.sort(java.util.Comparator.comparingLong(Claimed::position));
        return rows;
    }

    public void delivered(Claimed delivery, int status, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement done = connection.prepareStatement(
                            "update webhook_delivery set status = 'DELIVERED', delivered_at = ?, last_attempt_at = ?,"
                                    + " last_status = ?, last_error = null where id = ?");
                    PreparedStatement reset = connection.prepareStatement(
                            "update webhook_subscription set consecutive_failures = 0 where id = ?"
                                    + " and consecutive_failures <> 0")) {
                done.setTimestamp(1, Timestamp.from(now));
                done.setTimestamp(2, Timestamp.from(now));
                done.setInt(3, status);
                done.setObject(4, delivery.id());
                done.executeUpdate();
                reset.setObject(1, delivery.subscriptionId());
                reset.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * A failed attempt: due again after a backoff, or FAILED after the last attempt; the subscription counts the
     * failures in a row and is disabled at {@code disableAfter}. Returns true when this failure disabled it.
     */
    public boolean failed(Claimed delivery, int status, String error, Instant now, int maxAttempts, int disableAfter)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement attempt = connection.prepareStatement(
                            "update webhook_delivery set next_attempt_at = ?, last_attempt_at = ?, last_status = ?,"
                                    + " last_error = ?, status = case when attempts >= ? then 'FAILED' else 'PENDING'"
                                    + " end where id = ?");
                    PreparedStatement count = connection.prepareStatement(
                            "update webhook_subscription set consecutive_failures = consecutive_failures + 1,"
                                    + " status = case when consecutive_failures + 1 >= ? then 'DISABLED' else status end,"
                                    + " disabled_at = case when consecutive_failures + 1 >= ? and status = 'ACTIVE'"
                                    + " then ? else disabled_at end,"
                                    + " version = case when consecutive_failures + 1 >= ? and status = 'ACTIVE'"
                                    + " then version + 1 else version end,"
                                    + " updated_at = case when consecutive_failures + 1 >= ? and status = 'ACTIVE'"
                                    + " then ? else updated_at end,"
                                    + " updated_by = case when consecutive_failures + 1 >= ? and status = 'ACTIVE'"
                                    + " then 'system' else updated_by end"
                                    + " where id = ? returning status, disabled_at = ?")) {
                attempt.setTimestamp(1, Timestamp.from(now.plus(backoff(delivery.attempts()))));
                attempt.setTimestamp(2, Timestamp.from(now));
                if (status == 0) {
                    attempt.setNull(3, java.sql.Types.INTEGER);
                } else {
                    attempt.setInt(3, status);
                }
                attempt.setString(4, error == null ? null : error.substring(0, Math.min(error.length(), 500)));
                attempt.setInt(5, maxAttempts);
                attempt.setObject(6, delivery.id());
                attempt.executeUpdate();
                count.setInt(1, disableAfter);
                count.setInt(2, disableAfter);
                count.setTimestamp(3, Timestamp.from(now));
                count.setInt(4, disableAfter);
                count.setInt(5, disableAfter);
                count.setTimestamp(6, Timestamp.from(now));
                count.setInt(7, disableAfter);
                count.setObject(8, delivery.subscriptionId());
                count.setTimestamp(9, Timestamp.from(now));
                boolean disabledNow = false;
                try (ResultSet rs = count.executeQuery()) {
                    if (rs.next()) {
                        disabledNow = "DISABLED".equals(rs.getString(1)) && rs.getBoolean(2);
                    }
                }
                connection.commit();
                return disabledNow;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** A claimed delivery not tried (its receiver just failed): due again with the one that failed, uncounted. */
    public void release(Claimed delivery, Instant until) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "update webhook_delivery set attempts = attempts - 1, next_attempt_at = ? where id = ?")) {
            connection.setAutoCommit(true);
            statement.setTimestamp(1, Timestamp.from(until));
            statement.setObject(2, delivery.id());
            statement.executeUpdate();
        }
    }

    /** 30 s, 1 min, 2 min … at most an hour, after the n-th failed attempt. */
    public static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(Math.max(attempts - 1, 0), 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}

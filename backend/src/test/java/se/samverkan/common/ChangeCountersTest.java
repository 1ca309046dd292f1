package se.samverkan.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The counters that tell a kept read it is out of date (V41) move with the change that moves them, never before it:
 * a reader that saw a new value with the old rows would keep the old rows under the new value.
 */
@QuarkusTest
class ChangeCountersTest {

    private static final String RENAME_TWO =
            "update organisation set name = name || ' ' where id in (select id from organisation order by id limit 2)";
    private static final String RENAME_BACK =
            "update organisation set name = rtrim(name) where id in (select id from organisation order by id limit 2)";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReaderSeesTheCountersMoveOnlyWithTheCommitAndOncePerTransaction() throws SQLException {
        try (Connection writer = dataSource.getConnection();
                Connection reader = dataSource.getConnection()) {
            long[] before = counters(reader);
            writer.setAutoCommit(false);
            try (Statement statement = writer.createStatement()) {
                statement.executeUpdate(RENAME_TWO);
                // The deferred triggers run now, as they would at the commit, but the transaction is still open.
                statement.execute("set constraints all immediate");
            }
            assertArrayEquals(before, counters(reader), "counters seen before the change is committed");
            writer.commit();
            long[] after = counters(reader);
            // An organisation's name is in agreement documents, public reads and reports: each counter once.
            assertArrayEquals(new long[] {before[0] + 1, before[1] + 1, before[2] + 1}, after);

            try (Statement statement = writer.createStatement()) {
                statement.executeUpdate(RENAME_BACK);
            }
            writer.rollback();
            assertArrayEquals(after, counters(reader), "a rolled-back change moves nothing");

            try (Statement statement = writer.createStatement()) {
                statement.executeUpdate(RENAME_BACK);
            }
            writer.commit();
            assertArrayEquals(new long[] {after[0] + 1, after[1] + 1, after[2] + 1}, counters(reader));
        }
    }

    private static long[] counters(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select document, read, report_input from change_counter")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
        }
    }
}

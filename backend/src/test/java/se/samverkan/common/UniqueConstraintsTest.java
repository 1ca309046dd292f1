package se.samverkan.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.common.persistence.UniqueConstraints;

/** Every unique constraint or index of the migrated schema names the field it guards, so a clash is a 409 naming it. */
@QuarkusTest
class UniqueConstraintsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyUniqueConstraintOfTheSchemaIsRegistered() throws SQLException {
        // Single-column primary keys are ids the server generates (or reference codes it loads): no client can clash.
        String sql =
                """
                select i.relname
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class t on t.oid = x.indrelid
                join pg_namespace n on n.oid = t.relnamespace
                where x.indisunique and n.nspname = current_schema()
                  and t.relname <> 'flyway_schema_history'
                  and not (x.indisprimary and x.indnatts = 1)
                order by 1""";
        List<String> missing = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (UniqueConstraints.guard(name).isEmpty()) {
                    missing.add(name);
                }
            }
        }
        assertThat("unique constraints without a field in UniqueConstraints", missing, empty());
    }
}

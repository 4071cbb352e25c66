package org.casebook.adapters.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema for a test class that needs a Spring context of its own (test-only beans or settings). Contexts stay alive
 * in the JVM after their class has run, and two contexts on one schema are two nodes sharing the processors'
 * segments: a rebuild in one would not reach the segments the other holds. So such a class migrates and works in a
 * schema of its own. Usage: a static field {@code OWN = OwnSchema.create("casebook_x_")}, a
 * {@code @DynamicPropertySource} calling {@link #register}, and a {@code @TestConfiguration} bean from
 * {@link #migrated}.
 */
final class OwnSchema {

    private OwnSchema() {
    }

    static String create(String prefix) {
        String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(PostgresIntegrationTest.URL,
                PostgresIntegrationTest.USER, PostgresIntegrationTest.PASSWORD)) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Integration tests need PostgreSQL at " + PostgresIntegrationTest.URL,
                    unreachable);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(PostgresIntegrationTest.URL,
                    PostgresIntegrationTest.USER, PostgresIntegrationTest.PASSWORD)) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException ignored) {
                // The JVM is exiting; a leftover schema is named for its run.
            }
        }));
        return schema;
    }

    /**
     * The base class names the shared schema in the URL and for Flyway, and its values win over a subclass's; a schema
     * set on the pool (Hikari sets it on every new connection) and a Flyway customizer come after them.
     */
    static void register(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.hikari.schema", () -> schema);
    }

    static FlywayConfigurationCustomizer migrated(String schema) {
        return configuration -> configuration.schemas(schema).defaultSchema(schema);
    }

    static <T> T sql(String schema, PostgresIntegrationTest.SqlWork<T> work) {
        String url = PostgresIntegrationTest.URL + (PostgresIntegrationTest.URL.contains("?") ? "&" : "?")
                + "currentSchema=" + schema;
        try (Connection connection = DriverManager.getConnection(url, PostgresIntegrationTest.USER,
                PostgresIntegrationTest.PASSWORD)) {
            return work.run(connection);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The first column of every row a query finds in the schema, as text, in the order the query gives. */
    static List<String> column(String schema, String query) {
        return sql(schema, connection -> {
            var rows = connection.createStatement().executeQuery(query);
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        });
    }

    /** The highest global index in the schema's event store, 0 when it holds none. */
    static long head(String schema) {
        return sql(schema, connection -> {
            var rows = connection.createStatement().executeQuery(
                    "SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
            rows.next();
            return rows.getLong(1);
        });
    }
}

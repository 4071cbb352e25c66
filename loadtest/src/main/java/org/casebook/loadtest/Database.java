package org.casebook.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The PostgreSQL a harness runs Casebook on, and the one schema of its own it uses there. Settings come from
 * CASEBOOK_TEST_DB_URL / _USER / _PASSWORD like the adapters' integration tests (default: 127.0.0.1:5432, database
 * test, user postgres, no password).
 */
public record Database(String url, String user, String password, String schema) {

    public static Database fromEnvironment(String schemaPrefix) {
        return new Database(
                System.getenv().getOrDefault("CASEBOOK_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                System.getenv().getOrDefault("CASEBOOK_TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("CASEBOOK_TEST_DB_PASSWORD", ""),
                freshSchemaName(schemaPrefix));
    }

    public static String freshSchemaName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public Database withSchema(String other) {
        return new Database(url, user, password, other);
    }

    /** The JDBC URL that puts the service (and our verification queries) in this run's schema. */
    public String schemaUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(schemaUrl(), user, password);
    }

    /** A connection to the server itself, in no schema of ours: for schemas, checkpoints and server statistics. */
    public Connection connectToServer() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public void createSchema() {
        try (Connection connection = connectToServer()) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("The harness needs PostgreSQL at " + url + " (user " + user
                    + "); run `.ci/ensure-postgres.sh` or set CASEBOOK_TEST_DB_URL/USER/PASSWORD", unreachable);
        }
    }

    public void dropSchema() {
        try (Connection connection = connectToServer()) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException failure) {
            System.err.println("could not drop schema " + schema + ": " + failure.getMessage());
        }
    }
}

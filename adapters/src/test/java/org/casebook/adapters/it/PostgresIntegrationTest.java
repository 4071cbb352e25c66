package org.casebook.adapters.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Integration tests run the whole service over HTTP against the real PostgreSQL (never an embedded stand-in), in a
 * schema of their own so that runs cannot disturb each other. If PostgreSQL is not there they fail, loudly: the
 * build's validate phase (.ci/ensure-postgres.sh) is what starts or installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({"postgres", "demo"})
public abstract class PostgresIntegrationTest {

    static final String URL = System.getenv().getOrDefault("CASEBOOK_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("CASEBOOK_TEST_DB_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("CASEBOOK_TEST_DB_PASSWORD", "");
    static final String SCHEMA = "casebook_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static final java.nio.file.Path MASTER_KEY_FILE = TestMasterKeys.SHARED;

    static {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.createStatement().execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Integration tests need PostgreSQL at " + URL + " (user " + USER
                    + "). Run the tests with `mvn verify`, which starts it, or start it yourself.", unreachable);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresIntegrationTest::dropSchema));
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        // One master key for the whole test run, as production would be given one (CASEBOOK_MASTER_KEY_FILE).
        registry.add("casebook.keys.master-key-file", () -> MASTER_KEY_FILE.toString());
        // Two test contexts (demo, and bearer tokens) may be alive at once; keep well inside max_connections.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "8");
    }

    /** The live test context working in each schema (see {@link #oneContextPerSchema}). */
    private static final Map<String, ApplicationContext> CONTEXT_OF_SCHEMA = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate contextJdbc;

    @Autowired
    ObjectMapper objectMapper;

    protected Api api;

    @BeforeEach
    void connectApi() {
        api = new Api("http://127.0.0.1:" + port, objectMapper);
    }

    /**
     * Fails a test class whose Spring context would share a schema with another live one. Test contexts stay alive in
     * the JVM, and every one claims the processors' segments under the same node id (the JVM's name), so two contexts
     * on one schema both handle every event, each from its own position: one inserts a read-model row the other has
     * just inserted, or re-applies an old event after a newer one (an erased case listed again). That is what the
     * {@code DuplicateKeyException}s after {@code LateCommitIT} were (reliability.md). A class with settings or beans
     * of its own takes a schema of its own ({@link OwnSchema}).
     */
    @BeforeEach
    void oneContextPerSchema() {
        String schema = contextJdbc.queryForObject("SELECT current_schema()", String.class);
        ApplicationContext holder = CONTEXT_OF_SCHEMA.merge(schema, context, (held, mine) ->
                held != mine && held instanceof ConfigurableApplicationContext live && live.isActive() ? held : mine);
        if (holder != context) {
            throw new IllegalStateException(getClass().getSimpleName() + " starts a second live test context in schema "
                    + schema + ": its settings or beans differ from another class's, so give it a schema of its own"
                    + " (OwnSchema)");
        }
    }

    /** Runs SQL against this test run's schema, to look at what was really stored. */
    protected static <T> T sql(SqlWork<T> work) {
        try (Connection connection = DriverManager.getConnection(URL + "?currentSchema=" + SCHEMA, USER, PASSWORD)) {
            return work.run(connection);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    protected static long storedEventCount(String aggregateId) {
        return storedEventCount(SCHEMA, aggregateId);
    }

    protected static long storedEventCount(String schema, String aggregateId) {
        return OwnSchema.sql(schema, connection -> {
            var statement = connection.prepareStatement(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?");
            statement.setString(1, aggregateId);
            var rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
    }

    protected static long storedEventCount() {
        return sql(connection -> {
            var rows = connection.createStatement().executeQuery("SELECT count(*) FROM domain_event_entry");
            rows.next();
            return rows.getLong(1);
        });
    }

    @FunctionalInterface
    protected interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static void dropSchema() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException ignored) {
            // The JVM is exiting; a leftover schema is harmless and is named for its run.
        }
    }

    /**
     * Writes an event into the store as an earlier version of the service wrote it (no payload revision), so that a
     * test can prove it still loads and replays.
     */
    protected static void appendStoredEvent(String caseId, long sequence, String payloadType, String payload) {
        sql(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, ?, 'Case', ?, ?, NULL, ?, ?)""");
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, caseId);
            insert.setLong(3, sequence);
            insert.setString(4, Instant.now().toString());
            insert.setString(5, payloadType);
            insert.setBytes(6, payload.replace("\n", "").getBytes(StandardCharsets.UTF_8));
            insert.setBytes(7, "{}".getBytes(StandardCharsets.UTF_8));
            return insert.executeUpdate();
        });
    }
}

package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.casebook.adapters.CasebookApplication;
import org.casebook.adapters.privacy.CaseKeys;
import org.casebook.adapters.privacy.MasterKeys;
import org.casebook.adapters.privacy.WrappedKeyMigration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Envelope encryption, proved against what an attacker with the database would hold: a {@code pg_dump} of the
 * schema holds neither a family's personal data nor any usable key, and a second service on the same database with
 * another master key shows sealed fields as "[unreadable]", never plaintext and never a 500, and refuses to seal new
 * personal data (503 key-unavailable). Also: keys stored
 * before envelope encryption are wrapped at start-up, once, and the admin rotation re-wraps every key under a new
 * master key without touching an event.
 */
class KeyCustodyIT extends PostgresIntegrationTest {

    static final String OWN = OwnSchema.create("casebook_keys_");

    /** A context of its own, so a schema of its own ({@link OwnSchema}): other nodes join it in these tests. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnSchemaConfiguration {
        @Bean
        FlywayConfigurationCustomizer ownSchemaMigrated() {
            return OwnSchema.migrated(OWN);
        }
    }

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, OWN);
    }

    @Autowired
    CaseKeys caseKeys;

    @Autowired
    MasterKeys masterKeys;

    @Autowired
    JdbcTemplate jdbc;

    private Cases cases;
    private String canary;
    private String caseId;

    @BeforeEach
    void aCaseHoldingACanary() {
        cases = new Cases(api);
        canary = "Zephyrine" + UUID.randomUUID().toString().substring(0, 8);
        caseId = caseWithCanary(api, cases, canary);
    }

    @Test
    void aDumpOfTheDatabaseHoldsNoPersonalDataAndNoUsableKey() throws Exception {
        byte[] caseKey = caseKeys.forReading(caseId).bytes();
        assertThat(caseKey).hasSize(32);
        byte[] masterKey = Files.readAllBytes(TestMasterKeys.SHARED);

        String dump = pgDump(OWN);

        assertThat(dump).as("the dump holds the case's events").contains(caseId).contains("wrapped_key");
        for (String needle : forms(canary.getBytes(StandardCharsets.UTF_8))) {
            assertThat(dump).as("personal data in the dump").doesNotContain(needle);
        }
        for (String needle : forms(caseKey)) {
            assertThat(dump).as("the case's key in the dump").doesNotContain(needle);
        }
        for (String needle : forms(masterKey)) {
            assertThat(dump).as("the master key in the dump").doesNotContain(needle);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_key WHERE key_bytes IS NOT NULL", Long.class))
                .as("keys stored in the clear").isZero();
        assertThat(jdbc.queryForObject("SELECT master_key_id FROM case_key WHERE case_id = ?", String.class, caseId))
                .isEqualTo(masterKeys.current().id());
    }

    @Test
    void aKeyStoredInTheClearBeforeEnvelopeEncryptionIsWrappedOnceAtStartUp() {
        byte[] caseKey = caseKeys.forReading(caseId).bytes();
        // As V5 stored it: the key in the clear, nothing wrapped.
        jdbc.update("UPDATE case_key SET key_bytes = ?, wrapped_key = NULL, master_key_id = NULL WHERE case_id = ?",
                caseKey, caseId);
        assertThat(cases.view(caseId).toString()).as("still readable before it is wrapped").contains(canary);

        WrappedKeyMigration migration = new WrappedKeyMigration(jdbc, masterKeys);
        assertThat(migration.run()).isEqualTo(1);
        assertThat(migration.run()).as("run again, nothing left to do").isZero();

        Map<String, Object> row = jdbc.queryForMap("SELECT key_bytes, wrapped_key, master_key_id FROM case_key"
                + " WHERE case_id = ?", caseId);
        assertThat(row.get("key_bytes")).isNull();
        assertThat((byte[]) row.get("wrapped_key")).isNotNull().isNotEqualTo(caseKey);
        assertThat(row.get("master_key_id")).isEqualTo(masterKeys.current().id());
        assertThat(cases.view(caseId).toString()).contains(canary);
    }

    /**
     * One more node, so one more start-up, serves both proofs: it is given a new master key (and the test run's as a
     * previous one) and rotates every case key to the new key; from then on this test's own service holds a master
     * key different from the one that wraps them, exactly as a service started on a copy of the database with the
     * wrong key would.
     */
    @Test
    void aRotationReWrapsEveryKeyWithoutTouchingAnEventAndAServiceWithAnotherMasterKeyReadsUnreadable()
            throws Exception {
        String erased = caseWithCanary(api, cases, canary);
        assertThat(api.as("manager1").post(Cases.path(erased) + "/erasure", Cases.body("reason", "Parent asked"))
                .status()).isEqualTo(201);
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        String payloads = allPayloads();
        Path newKey = TestMasterKeys.fresh();
        String newId = MasterKeys.fingerprint(Files.readAllBytes(newKey));

        try (ConfigurableApplicationContext rotated = node(newKey, TestMasterKeys.SHARED)) {
            Api next = new Api("http://127.0.0.1:" + port(rotated), objectMapper);
            assertThat(next.as("caseworker1").get(Cases.path(caseId)).body()).as("the previous key still unwraps")
                    .contains(canary);
            assertThat(next.as("caseworker1").post("/api/admin/master-key/rotation", Map.of()).status())
                    .as("managers only").isEqualTo(403);

            Api.Response started = next.as("manager1").post("/api/admin/master-key/rotation", Map.of());
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            JsonNode status = awaitRotated(next);
            assertThat(status.get("currentMasterKeyId").asText()).isEqualTo(newId);
            assertThat(status.get("remaining").asLong()).isZero();
            assertThat(status.get("underCurrentKey").asLong()).isEqualTo(status.get("caseKeys").asLong())
                    .isPositive();
            assertThat(next.as("caseworker1").get(Cases.path(caseId)).body()).contains(canary);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(events);
            assertThat(allPayloads()).as("no event touched").isEqualTo(payloads);

            // This test's service knows only the old master key: a service with a different master key.
            Api.Response view = api.as("caseworker1").get(Cases.path(caseId));
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.body()).doesNotContain(canary).contains("\"name\":\"[unreadable]\"");
            for (String path : List.of(Cases.path(caseId) + "/history", Cases.path(caseId) + "/subject-access",
                    Cases.path(caseId) + "?asOf=" + java.time.Instant.now())) {
                Api.Response read = api.as("manager1").get(path);
                assertThat(read.status()).as(path + " " + read.status()).isEqualTo(200);
                assertThat(read.body()).doesNotContain(canary).contains("[unreadable]");
            }
            assertThat(api.as("caseworker1").get(Cases.path(erased)).body()).doesNotContain(canary)
                    .contains("\"name\":\"[erased]\"");
            // ... and must not seal new personal data it could never open again: unavailable, nothing recorded.
            long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            Api.Response refused = api.as("caseworker1").put(Cases.path(caseId) + "/personal-details",
                    Cases.body("parent", Cases.body("name", canary + " Again")));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.problemType()).endsWith("/key-unavailable");
            assertThat(refused.body()).doesNotContain(canary);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                    .as("nothing appended").isEqualTo(before);
            assertThat(next.as("caseworker1").put(Cases.path(caseId) + "/personal-details",
                    Cases.body("parent", Cases.body("name", canary + " Again"))).status())
                    .as("a node holding the key records it").isEqualTo(200);
            JsonNode here = api.as("manager1").get("/api/admin/master-key/rotation").json();
            assertThat(here.get("notUnwrappableHere").asLong()).isPositive();
        } finally {
            // Put the schema back under the test run's key for the other tests.
            rotateBack(newKey);
        }
        assertThat(cases.view(caseId).toString()).contains(canary);
    }

    @Test
    void onPostgresWithoutTheDemoProfileTheServiceRefusesToStartWithoutAMasterKey() {
        Map<String, Object> properties = settings(null, null);
        properties.remove("casebook.keys.master-key-file");
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "http://127.0.0.1:9/jwks");

        assertThatThrownBy(() -> start(properties, "postgres").close())
                .satisfies(failure -> assertThat(rootCause(failure))
                        .isInstanceOf(org.casebook.adapters.privacy.MasterKeyUnavailable.class)
                        .hasMessageContaining("CASEBOOK_MASTER_KEY_FILE is not set"));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof org.casebook.adapters.privacy.MasterKeyUnavailable)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void rotateBack(Path newKey) throws IOException {
        MasterKeys both = new MasterKeys(Files.readAllBytes(TestMasterKeys.SHARED),
                List.of(Files.readAllBytes(newKey)));
        new org.casebook.adapters.privacy.MasterKeyRotation(jdbc, both, java.time.Clock.systemUTC()).rotateNow();
    }

    private JsonNode awaitRotated(Api node) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode status = node.as("manager1").get("/api/admin/master-key/rotation").json();
            if (!status.get("running").asBoolean() && status.get("remaining").asLong() == 0) {
                return status;
            }
            assertThat(System.nanoTime()).as("rotation finished within 30 s: " + status).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private String allPayloads() {
        return String.join("\n", jdbc.query("SELECT payload FROM domain_event_entry ORDER BY global_index",
                (rs, row) -> HexFormat.of().formatHex(rs.getBytes(1))));
    }

    /** Another Casebook node in this JVM, on this schema, with the given master key (and a previous one). */
    private static ConfigurableApplicationContext node(Path masterKey, Path previous) {
        return start(settings(masterKey, previous), "postgres", "demo");
    }

    private static Map<String, Object> settings(Path masterKey, Path previous) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + OWN);
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", PASSWORD);
        properties.put("spring.datasource.hikari.schema", OWN);
        properties.put("spring.datasource.hikari.maximum-pool-size", "4");
        properties.put("spring.flyway.schemas", OWN);
        properties.put("spring.flyway.default-schema", OWN);
        properties.put("casebook.keys.master-key-file", String.valueOf(masterKey));
        properties.put("casebook.keys.previous-master-key-files", previous == null ? "" : previous.toString());
        return properties;
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties, String... profiles) {
        // As command-line arguments: they win over application.yml, as an operator's settings would.
        return new SpringApplicationBuilder(CasebookApplication.class)
                .profiles(profiles)
                .run(properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                        .toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    static String caseWithCanary(Api api, Cases cases, String canary) {
        String id = cases.openEnquiry();
        cases.giveRecordKeepingConsent(id);
        Api.Response details = api.as("caseworker1").put(Cases.path(id) + "/personal-details", Cases.body(
                "parent", Cases.body("name", canary + " Parent", "address", "1 " + canary + " Road",
                        "phone", "01752 000111", "email", canary + "@example.org"),
                "child", Cases.body("name", canary + " Child", "dateOfBirth", "2015-03-01",
                        "school", canary + " Primary", "needsSummary", "Needs " + canary)));
        assertThat(details.status()).as(details.toString()).isEqualTo(200);
        assertThat(api.as("caseworker1").post(Cases.path(id) + "/notes", Cases.body(
                "writtenOn", Cases.daysAgo(1), "text", "The parent said " + canary)).status()).isEqualTo(201);
        return id;
    }

    /** How bytes may appear in a plain dump: as text, as bytea hex (either case) and as base64. */
    private static List<String> forms(byte[] bytes) {
        List<String> forms = new ArrayList<>();
        forms.add(new String(bytes, StandardCharsets.ISO_8859_1));
        forms.add(HexFormat.of().formatHex(bytes));
        forms.add(HexFormat.of().withUpperCase().formatHex(bytes));
        forms.add(Base64.getEncoder().encodeToString(bytes));
        return forms;
    }

    private static String pgDump(String schema) throws IOException, InterruptedException {
        String target = URL.substring("jdbc:".length()).split("\\?", 2)[0];
        ProcessBuilder builder = new ProcessBuilder("pg_dump", "--dbname=" + target, "--username=" + USER,
                "--schema=" + schema, "--no-owner", "--no-privileges");
        builder.environment().put("PGPASSWORD", PASSWORD);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String dump = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(process.exitValue()).as(dump.length() > 2000 ? dump.substring(0, 2000) : dump).isZero();
        return dump;
    }
}

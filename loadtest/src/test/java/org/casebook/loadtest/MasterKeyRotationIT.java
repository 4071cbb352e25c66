package org.casebook.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A master key rotation as an operator runs it (docs/data-protection.md, Key custody), under the load client:
 * casebook.jar records cases under master key A; it is restarted with master key B and A as a previous key; the
 * rotation re-wraps every case key under B while four clients keep recording. Nothing acknowledged is lost
 * or doubled (StoreVerifier), every case key ends under B, and every case still reads in the clear. Kept short: a
 * few cases before the restart, a few seconds of load after it.
 */
class MasterKeyRotationIT {

    @Test
    void rotatingTheMasterKeyUnderLoadLosesNothing() throws Exception {
        Path keys = Files.createDirectories(Path.of("target", "master-key-rotation"));
        Path oldKey = randomKey(keys.resolve("old.key"));
        Path newKey = randomKey(keys.resolve("new.key"));
        Database database = Database.fromEnvironment("casebook_rotation");
        database.createSchema();
        int port = CasebookProcess.freePort();
        Http http = new Http("http://127.0.0.1:" + port, Duration.ofSeconds(10));
        Journal journal = new Journal();
        StoreVerifier verifier = new StoreVerifier(database, http);
        List<String> failures = new ArrayList<>();
        try {
            try (CasebookProcess before = new CasebookProcess(CasebookProcess.defaultJar(), database, port,
                    keys.resolve("before.log"), List.of("--casebook.keys.master-key-file=" + oldKey))) {
                before.start(Duration.ofSeconds(240));
                // Until a few cases hold personal data (a key each), however slow the machine is today.
                LoadClient load = new LoadClient(http, journal, 4, 1);
                load.start();
                long enough = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                do {
                    CasebookProcess.sleep(1_000);
                } while (count(database, "SELECT count(*) FROM case_key WHERE wrapped_key IS NOT NULL") < 5
                        && System.nanoTime() < enough);
                load.stop();
                LoadClient.settle(http, journal, Duration.ofSeconds(30));
            }
            long keysBefore = count(database, "SELECT count(*) FROM case_key WHERE wrapped_key IS NOT NULL");
            assertTrue(keysBefore > 0, "the load recorded personal data before the restart");

            try (CasebookProcess after = new CasebookProcess(CasebookProcess.defaultJar(), database, port,
                    keys.resolve("after.log"), List.of("--casebook.keys.master-key-file=" + newKey,
                    "--casebook.keys.previous-master-key-files=" + oldKey))) {
                after.start(Duration.ofSeconds(240));
                LoadClient load = new LoadClient(http, journal, 4, 2);
                LoadStats stats = load.start();
                CasebookProcess.sleep(1_000);
                Http.Reply started = http.send("manager1", "POST", "/api/admin/master-key/rotation", "{}", null);
                assertEquals(202, started.status(), started.body());
                JsonNode status = awaitRotation(http);
                CasebookProcess.sleep(1_500);
                load.stop();
                LoadClient.settle(http, journal, Duration.ofSeconds(60));
                System.out.println("[master-key-rotation] " + status + "\n" + stats.report());

                verifier.verifyEvents(journal);
                failures.addAll(verifier.failures());
                JsonNode end = http.get("manager1", "/api/admin/master-key/rotation").json();
                assertEquals(0, end.get("remaining").asLong(), end.toString());
                assertEquals(0, end.get("notUnwrappableHere").asLong(), end.toString());
                assertTrue(end.get("caseKeys").asLong() >= keysBefore, end.toString());
                for (String caseId : strings(database,
                        "SELECT case_id FROM case_key WHERE wrapped_key IS NOT NULL ORDER BY case_id")) {
                    Http.Reply view = http.get("caseworker1", "/api/cases/" + caseId);
                    if (view.status() != 200 || view.body().contains("[unreadable]")
                            || view.body().contains("[erased]")) {
                        failures.add("case " + caseId + " after the rotation: " + view.status());
                    }
                }
            }
        } finally {
            database.dropSchema();
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertFalse(journal.commands().isEmpty());
    }

    private static JsonNode awaitRotation(Http http) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode status = http.get("manager1", "/api/admin/master-key/rotation").json();
            // New keys are made under the new master key, so once the run is over nothing is left under the old.
            if (!status.get("running").asBoolean() && status.get("remaining").asLong() == 0) {
                return status;
            }
            assertTrue(System.nanoTime() < deadline, "rotation not finished within 60 s: " + status);
            CasebookProcess.sleep(200);
        }
    }

    private static Path randomKey(Path file) throws IOException {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        Files.write(file, raw);
        return file;
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Connection connection = database.connect(); ResultSet rows = connection.createStatement()
                .executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Database database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); ResultSet rows = connection.createStatement()
                .executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

package org.casebook.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The full benchmark's settling of PostgreSQL between phases, on the real server: each phase is counted from after its
 * own checkpoint, what a phase writes is counted in that phase and not the next, and the checkpoint before each level
 * is told apart from one that came due. Fails loudly without PostgreSQL.
 */
class ServerPhasesIT {

    @Test
    void eachPhaseCountsWhatTheServerDidWhileItRanAndNotItsOwnCheckpoint() throws Exception {
        Database database = Database.fromEnvironment("casebook_phases");
        database.createSchema();
        try {
            ServerPhases server = new ServerPhases(database);
            server.begin("writer");
            server.level();
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                // Not vacuumed: autovacuum on it during the idle phase would write WAL there.
                statement.execute("CREATE TABLE written (g int, filler text) WITH (autovacuum_enabled = false)");
                statement.execute("INSERT INTO written SELECT g, repeat('x', 500) FROM generate_series(1, 20000) g");
            }
            server.begin("idle");
            server.end();

            List<ServerPhases.Phase> phases = server.phases();
            assertEquals(List.of("writer", "idle"), phases.stream().map(ServerPhases.Phase::service).toList());
            // 20,000 rows of about 500 bytes: at least their 10 MB of WAL, in the phase that wrote them.
            assertTrue(phases.get(0).during().walBytes() > 10_000_000L, phases.toString());
            // The level's own checkpoint is counted as a level, not as a checkpoint that came due.
            assertEquals(1, phases.get(0).levels(), phases.toString());
            assertEquals(0, phases.get(0).during().requestedCheckpoints(), phases.toString());
            // The idle phase starts after the writer's data was checkpointed, and writes (almost) nothing itself.
            assertTrue(phases.get(1).during().walBytes() < 1_000_000L, phases.toString());
            assertEquals(0, phases.get(1).during().requestedCheckpoints(), phases.toString());
            assertTrue(ServerPhases.table(phases).contains("| writer | "), ServerPhases.table(phases));
        } finally {
            database.dropSchema();
        }
    }
}

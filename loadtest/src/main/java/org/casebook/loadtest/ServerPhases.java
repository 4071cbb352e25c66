package org.casebook.loadtest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The full benchmark measures its services one after another on one PostgreSQL, so each service's phase starts with
 * whatever the one before left: dirty buffers to write out, a timed checkpoint due, autovacuum at work on tables just
 * filled or dropped. On 2026-12-06 the two full runs started straight after large rebuilds and a DROP DATABASE were
 * Casebook's two worst of the evening while the peer, measured minutes later, was as usual (performance.md). So before
 * each phase the server is settled the same way: a CHECKPOINT (which also restarts checkpoint_timeout's clock, so a
 * phase shorter than it meets no timed checkpoint of its own making), autovacuum allowed to finish, and a few quiet
 * seconds. What the server did during each phase (checkpoints, the buffers they wrote, WAL written) is recorded, so
 * that a run unlike the last can say whether the server was the difference.
 *
 * <p>Each measured level also starts from a checkpoint ({@link #level}). Casebook writes about three times the peer's
 * WAL, so within its phase PostgreSQL's own checkpoint (at about half of max_wal_size) came due, and in all three
 * full runs of 2026-12-06 night before this method it ran exactly while Casebook's enquiries were measured
 * (19:13:51-19:14:40, 19:57:22-19:57:52, 20:08:14-20:08:43), while the peer's smaller phase never met one. Where a
 * checkpoint falls was a lottery that only one side played. From a checkpoint at the start of every level, each service pays for its own writes the
 * same way: every page it touches first after the checkpoint costs a full-page image, as it would in production.
 */
final class ServerPhases {

    /** The longest a phase waits for autovacuum to finish before it starts anyway (and says so). */
    static final int AUTOVACUUM_WAIT_SECONDS = 60;

    /** Quiet seconds after the checkpoint, for the OS to write back what the checkpoint's fsyncs did not. */
    static final int QUIET_SECONDS = 5;

    /** pg_stat_bgwriter's counters and the WAL position at one moment. */
    record Counters(long timedCheckpoints, long requestedCheckpoints, long checkpointBuffers, long walBytes) {

        Counters since(Counters before) {
            return new Counters(timedCheckpoints - before.timedCheckpoints,
                    requestedCheckpoints - before.requestedCheckpoints, checkpointBuffers - before.checkpointBuffers,
                    walBytes - before.walBytes);
        }

        /** These counters without {@code checkpoints} requested checkpoints (the ones the benchmark asked for). */
        Counters lessRequested(int checkpoints) {
            return new Counters(timedCheckpoints, requestedCheckpoints - checkpoints, checkpointBuffers, walBytes);
        }
    }

    /**
     * One service's phase: how long settling it took, and what the server did while it ran ({@code during} without the
     * checkpoints {@link #level} asked for, {@code levels} of them).
     */
    record Phase(String service, long checkpointMillis, int autovacuumWaitSeconds, boolean autovacuumStillRunning,
                 Counters during, int levels) {
    }

    private final Database database;
    private final List<Phase> phases = new ArrayList<>();
    private String service;
    private long checkpointMillis;
    private int autovacuumWait;
    private boolean autovacuumStillRunning;
    private Counters atStart;
    private int levels;

    ServerPhases(Database database) {
        this.database = database;
    }

    /** Settles the server, then starts counting for {@code service}'s phase (ending the one before, if any). */
    void begin(String service) throws SQLException, InterruptedException {
        end();
        try (Connection connection = database.connectToServer();
             Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("CHECKPOINT");
            checkpointMillis = (System.nanoTime() - started) / 1_000_000;
            autovacuumWait = 0;
            while (autovacuumRunning(statement) && autovacuumWait < AUTOVACUUM_WAIT_SECONDS) {
                Thread.sleep(1_000);
                autovacuumWait++;
            }
            autovacuumStillRunning = autovacuumRunning(statement);
            Thread.sleep(QUIET_SECONDS * 1_000L);
            atStart = counters(statement);
        }
        this.service = service;
        levels = 0;
        Benchmark.say(String.format(Locale.ROOT, "PostgreSQL settled before %s: CHECKPOINT %d ms, autovacuum waited "
                + "for %d s%s", service, checkpointMillis, autovacuumWait, autovacuumStillRunning
                ? " and still running" : ""));
    }

    /** Ends the current phase, if one is open. */
    void end() throws SQLException {
        if (service == null) {
            return;
        }
        try (Connection connection = database.connectToServer();
             Statement statement = connection.createStatement()) {
            phases.add(new Phase(service, checkpointMillis, autovacuumWait, autovacuumStillRunning,
                    counters(statement).since(atStart).lessRequested(levels), levels));
        }
        service = null;
    }

    /** Before one measured level of the current phase: a checkpoint, so that none comes due within the level. */
    void level() throws SQLException {
        try (Connection connection = database.connectToServer();
             Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
        levels++;
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }

    static String table(List<Phase> phases) {
        StringBuilder out = new StringBuilder("\nPostgreSQL before and during each phase (settled first: CHECKPOINT, "
                + "autovacuum finished, " + QUIET_SECONDS + " s quiet):\n\n"
                + "| phase | CHECKPOINT before, ms | waited for autovacuum, s | levels, each after a CHECKPOINT "
                + "| other checkpoints during (timed / requested) | buffers all checkpoints wrote | WAL written, MB |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Phase phase : phases) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d%s | %d | %d / %d | %d | %.0f |%n", phase.service(),
                    phase.checkpointMillis(), phase.autovacuumWaitSeconds(),
                    phase.autovacuumStillRunning() ? " (still running)" : "", phase.levels(),
                    phase.during().timedCheckpoints(),
                    phase.during().requestedCheckpoints(), phase.during().checkpointBuffers(),
                    phase.during().walBytes() / 1_048_576.0));
        }
        return out.toString();
    }

    private static boolean autovacuumRunning(Statement statement) throws SQLException {
        try (ResultSet workers = statement.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")) {
            workers.next();
            return workers.getLong(1) > 0;
        }
    }

    private static Counters counters(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT checkpoints_timed, checkpoints_req, buffers_checkpoint, "
                + "pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint FROM pg_stat_bgwriter")) {
            row.next();
            return new Counters(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
        }
    }
}

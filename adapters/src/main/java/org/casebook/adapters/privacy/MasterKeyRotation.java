package org.casebook.adapters.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.casebook.adapters.privacy.MasterKeys.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Re-wraps every case key under the current master key, without touching any event: only {@code case_key}'s wrapped
 * bytes and master key id change. Runs in the background, a row at a time, each row changed only if it is still
 * wrapped by the key it was read under (an erasure or another node's rotation meanwhile wins). Its progress is the
 * table itself, so it resumes where it stopped: after a restart, start it again.
 */
@Component
public class MasterKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);
    private static final int BATCH = 200;

    /** Progress as the table shows it, plus this node's run. Key ids are fingerprints, not keys. */
    public record RotationProgress(String currentMasterKeyId, long caseKeys, long underCurrentKey, long remaining,
                         long notUnwrappableHere, Map<String, Long> byMasterKey, boolean running,
                         Instant startedAt, Instant finishedAt, long rewrappedByThisRun, String lastFailure) {
    }

    private final JdbcTemplate jdbc;
    private final MasterKeys masterKeys;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "master-key-rotation");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong rewrapped = new AtomicLong();
    private volatile boolean running;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String lastFailure;

    public MasterKeyRotation(JdbcTemplate jdbc, MasterKeys masterKeys, Clock clock) {
        this.jdbc = jdbc;
        this.masterKeys = masterKeys;
        this.clock = clock;
    }

    /** Starts a rotation in the background unless one is running on this node; returns the progress. */
    public synchronized RotationProgress start() {
        if (!running) {
            running = true;
            startedAt = clock.instant();
            finishedAt = null;
            lastFailure = null;
            rewrapped.set(0);
            worker.submit(this::runToEnd);
        }
        return status();
    }

    /** Re-wraps every key this node can unwrap; @return how many it re-wrapped. */
    public long rotateNow() {
        new WrappedKeyMigration(jdbc, masterKeys).run();
        MasterKey current = masterKeys.current();
        long done = 0;
        String after = "";
        while (true) {
            List<Object[]> rows = jdbc.query("SELECT case_id, wrapped_key, master_key_id FROM case_key"
                            + " WHERE wrapped_key IS NOT NULL AND master_key_id <> ? AND case_id > ?"
                            + " ORDER BY case_id LIMIT " + BATCH,
                    (rs, row) -> new Object[] {rs.getString(1), rs.getBytes(2), rs.getString(3)}, current.id(),
                    after);
            for (Object[] row : rows) {
                String caseId = (String) row[0];
                after = caseId;
                String oldId = (String) row[2];
                byte[] key = masterKeys.byId(oldId)
                        .flatMap(old -> masterKeys.unwrap(caseId, (byte[]) row[1], old)).orElse(null);
                if (key == null) {
                    continue; // wrapped by a key this node does not hold: counted as notUnwrappableHere
                }
                int changed = jdbc.update("UPDATE case_key SET wrapped_key = ?, master_key_id = ? WHERE case_id = ?"
                                + " AND master_key_id = ? AND wrapped_key IS NOT NULL",
                        masterKeys.wrap(caseId, key, current), current.id(), caseId, oldId);
                done += changed;
                rewrapped.addAndGet(changed);
            }
            if (rows.size() < BATCH) {
                return done;
            }
        }
    }

    private void runToEnd() {
        try {
            log.info("Master key rotation started: re-wrapping case keys under master key {}",
                    masterKeys.current().id());
            long done = rotateNow();
            RotationProgress status = status();
            log.info("Master key rotation finished: {} case key(s) re-wrapped, {} left under other keys ({} not"
                    + " unwrappable by this node)", done, status.remaining(), status.notUnwrappableHere());
        } catch (RuntimeException failure) {
            lastFailure = failure.getClass().getSimpleName();
            log.warn("Master key rotation stopped ({}); start it again to resume", lastFailure);
        } finally {
            finishedAt = clock.instant();
            running = false;
        }
    }

    public RotationProgress status() {
        Map<String, Long> byKey = new TreeMap<>();
        jdbc.query("SELECT master_key_id, count(*) FROM case_key WHERE wrapped_key IS NOT NULL GROUP BY master_key_id",
                rs -> {
                    byKey.put(String.valueOf(rs.getString(1)), rs.getLong(2));
                });
        Long clear = jdbc.queryForObject("SELECT count(*) FROM case_key WHERE key_bytes IS NOT NULL", Long.class);
        if (clear != null && clear > 0) {
            byKey.put("(not wrapped)", clear);
        }
        String current = masterKeys.current().id();
        long total = byKey.values().stream().mapToLong(Long::longValue).sum();
        long underCurrent = byKey.getOrDefault(current, 0L);
        long unknown = byKey.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("(not wrapped)")
                        && masterKeys.byId(entry.getKey()).isEmpty())
                .mapToLong(Map.Entry::getValue).sum();
        return new RotationProgress(current, total, underCurrent, total - underCurrent, unknown, byKey, running,
                startedAt, finishedAt, rewrapped.get(), lastFailure);
    }
}

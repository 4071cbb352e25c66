package org.casebook.adapters.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One 256-bit AES key per case in {@code case_key}. A key is created inside the transaction that writes the case's
 * first personal data, so it commits or rolls back with those events; destroying it is the erasure.
 *
 * <p>Only keys that already existed when read are cached, and only briefly: a key created by a transaction that
 * later rolls back must never seal another event, and another node's erasure must take effect within seconds.
 */
public class CaseKeys {

    static final Duration CACHE_FOR = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Optional<byte[]>> cache = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(CACHE_FOR)
            .build();

    public CaseKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The case's key for reading, or empty if it was destroyed (or the case never held personal data). */
    public Optional<byte[]> forReading(String caseId) {
        Optional<byte[]> cached = cache.getIfPresent(caseId);
        if (cached != null) {
            return cached;
        }
        List<Optional<byte[]>> rows = jdbc.query("SELECT key_bytes FROM case_key WHERE case_id = ?",
                (rs, row) -> Optional.ofNullable(rs.getBytes(1)), caseId);
        Optional<byte[]> key = rows.isEmpty() ? Optional.empty() : rows.get(0);
        if (!rows.isEmpty()) {
            cache.put(caseId, key);
        }
        return key;
    }

    /**
     * Reads the keys of many cases in one query, for a read model about to handle a batch of their events: a rebuild
     * would otherwise read one key per case, one round trip each. Keys already cached are not read again.
     */
    public void prefetch(Collection<String> caseIds) {
        List<String> missing = caseIds.stream().filter(id -> cache.getIfPresent(id) == null).distinct().toList();
        for (int from = 0; from < missing.size(); from += 500) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + 500));
            jdbc.query("SELECT case_id, key_bytes FROM case_key WHERE case_id IN ("
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        cache.put(rs.getString(1), Optional.ofNullable(rs.getBytes(2)));
                    }, chunk.toArray());
        }
    }

    /** The case's key for sealing new personal data, created in the current transaction if it has none. */
    public byte[] forWriting(String caseId) {
        Optional<byte[]> cached = cache.getIfPresent(caseId);
        if (cached != null && cached.isPresent()) {
            return cached.get();
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.update("INSERT INTO case_key (case_id, key_bytes, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                caseId, fresh, Timestamp.from(clock.instant()));
        List<Optional<byte[]>> rows = jdbc.query("SELECT key_bytes FROM case_key WHERE case_id = ?",
                (rs, row) -> Optional.ofNullable(rs.getBytes(1)), caseId);
        return rows.get(0).orElseThrow(() -> new IllegalStateException("the case's personal data was erased"));
    }

    /** Destroys the case's key for ever; a case that never had one gets a destroyed entry so none is ever made. */
    public void destroy(String caseId) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE case_key SET key_bytes = NULL, destroyed_at = ? WHERE case_id = ?", now,
                caseId);
        if (updated == 0) {
            jdbc.update("INSERT INTO case_key (case_id, key_bytes, created_at, destroyed_at) VALUES (?, NULL, ?, ?)",
                    caseId, now, now);
        }
        cache.invalidate(caseId);
    }

    void forget(String caseId) {
        cache.invalidate(caseId);
    }
}

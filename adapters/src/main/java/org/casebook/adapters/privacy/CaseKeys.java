package org.casebook.adapters.privacy;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.adapters.privacy.MasterKeys.MasterKey;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One 256-bit AES key per case in {@code case_key}, stored only wrapped by the current master key
 * ({@link MasterKeys}, ADR 16). A key is created inside the transaction that writes the case's first personal data,
 * so it commits or rolls back with those events; destroying it is the erasure.
 *
 * <p>Keys are never cached across requests: an erasure on any node must hold on every node as soon as it has
 * answered. Within one {@link Scope} (an HTTP request, a read model's batch) a key read once is reused, so loading a
 * case's hundred events costs one key read. A key created by the current transaction is never reused, because that
 * transaction may still roll back.
 */
public class CaseKeys {

    /** What a case's key row says to this node. */
    public enum Status {
        /** The key, unwrapped. */
        PRESENT,
        /** Destroyed by erasure (or never made): the personal data reads "[erased]". */
        DESTROYED,
        /** Wrapped by a master key this node does not hold, or tampered with: reads "[unreadable]". */
        UNREADABLE
    }

    /** A case key as this node sees it; {@code bytes} only when {@link Status#PRESENT}. */
    public record Key(Status status, byte[] bytes) {
        static final Key DESTROYED = new Key(Status.DESTROYED, null);
        static final Key UNREADABLE = new Key(Status.UNREADABLE, null);

        @Override
        public String toString() {
            return "Key[" + status + "]";
        }
    }

    private static final ThreadLocal<Map<String, Key>> SCOPE = new ThreadLocal<>();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MasterKeys masterKeys;
    private final SecureRandom random = new SecureRandom();

    public CaseKeys(JdbcTemplate jdbc, Clock clock, MasterKeys masterKeys) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.masterKeys = masterKeys;
    }

    /**
     * Opens a scope on this thread in which keys read are reused until {@link Scope#close()}; nested calls share the
     * outer scope (closing them does nothing).
     */
    public static Scope openScope() {
        if (SCOPE.get() != null) {
            return () -> { };
        }
        SCOPE.set(new HashMap<>());
        return SCOPE::remove;
    }

    /** A unit of work whose key reads may be reused. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** The case's key for reading. */
    public Key forReading(String caseId) {
        Map<String, Key> scope = SCOPE.get();
        Key cached = scope == null ? null : scope.get(caseId);
        if (cached != null) {
            return cached;
        }
        List<Key> rows = stored(caseId);
        Key key = rows.isEmpty() ? Key.DESTROYED : rows.get(0);
        if (scope != null && !rows.isEmpty()) {
            scope.put(caseId, key);
        }
        return key;
    }

    /**
     * Reads the keys of many cases in one query into the current scope, for a read model about to handle a batch of
     * their events: a rebuild would otherwise read one key per case, one round trip each. Outside a scope it does
     * nothing.
     */
    public void prefetch(Collection<String> caseIds) {
        Map<String, Key> scope = SCOPE.get();
        if (scope == null) {
            return;
        }
        List<String> missing = caseIds.stream().filter(id -> !scope.containsKey(id)).distinct().toList();
        for (int from = 0; from < missing.size(); from += 500) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + 500));
            jdbc.query("SELECT case_id, wrapped_key, master_key_id, key_bytes FROM case_key WHERE case_id IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        String caseId = rs.getString(1);
                        scope.put(caseId, resolve(caseId, rs));
                    }, chunk.toArray());
        }
    }

    /**
     * The case's key for sealing new personal data, created (wrapped) in the current transaction if it has none.
     * Most writes are to a case that has its key already, so it is read first: one query, where inserting first cost
     * a fresh key, its wrapping, an insert that met the existing row, and the same read.
     */
    public byte[] forWriting(String caseId) {
        Map<String, Key> scope = SCOPE.get();
        Key cached = scope == null ? null : scope.get(caseId);
        if (cached != null && cached.status() == Status.PRESENT) {
            return cached.bytes();
        }
        List<Key> rows = stored(caseId);
        if (rows.isEmpty()) {
            byte[] fresh = new byte[MasterKeys.KEY_BYTES];
            random.nextBytes(fresh);
            MasterKey current = masterKeys.current();
            int created = jdbc.update("INSERT INTO case_key (case_id, wrapped_key, master_key_id, created_at)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    caseId, masterKeys.wrap(caseId, fresh, current), current.id(), Timestamp.from(clock.instant()));
            if (created == 1) {
                return fresh;
            }
            rows = stored(caseId); // another transaction made it first, and has committed
        }
        Key key = rows.get(0);
        return switch (key.status()) {
            case PRESENT -> key.bytes();
            case DESTROYED -> throw new IllegalStateException("the case's personal data was erased");
            case UNREADABLE -> throw new CaseKeyUnreadable();
        };
    }

    private List<Key> stored(String caseId) {
        return jdbc.query("SELECT wrapped_key, master_key_id, key_bytes FROM case_key WHERE case_id = ?",
                (rs, row) -> resolve(caseId, rs), caseId);
    }

    /** Destroys the case's key for ever; a case that never had one gets a destroyed entry so none is ever made. */
    public void destroy(String caseId) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE case_key SET key_bytes = NULL, wrapped_key = NULL, destroyed_at = ?"
                + " WHERE case_id = ?", now, caseId);
        if (updated == 0) {
            jdbc.update("INSERT INTO case_key (case_id, key_bytes, created_at, destroyed_at) VALUES (?, NULL, ?, ?)",
                    caseId, now, now);
        }
        forget(caseId);
    }

    void forget(String caseId) {
        Map<String, Key> scope = SCOPE.get();
        if (scope != null) {
            scope.remove(caseId);
        }
    }

    private Key resolve(String caseId, ResultSet row) throws SQLException {
        byte[] wrapped = row.getBytes("wrapped_key");
        if (wrapped != null) {
            Optional<MasterKey> master = masterKeys.byId(row.getString("master_key_id"));
            return master.flatMap(with -> masterKeys.unwrap(caseId, wrapped, with))
                    .map(bytes -> new Key(Status.PRESENT, bytes))
                    .orElse(Key.UNREADABLE);
        }
        byte[] legacy = row.getBytes("key_bytes");
        // Stored before envelope encryption and not yet wrapped by WrappedKeyMigration (it runs at start-up).
        return legacy == null ? Key.DESTROYED : new Key(Status.PRESENT, legacy);
    }
}

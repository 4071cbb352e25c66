package org.casebook.adapters.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casebook.adapters.consistency.AfterDatabaseCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cases this node has worked on lately, as Axon's repository left them after their last command, so that the
 * next command on a warm case does not read, unseal and apply its whole history again (ADR 0029). A cache, never a
 * record, and trusted only when the store agrees:
 *
 * <ul>
 *   <li><b>Checked against the store.</b> Outside a trusting scope, a cached case is used only if its version is the
 *       case's last sequence number in the store, read in the command's own transaction (one indexed lookup instead
 *       of the snapshot and the events). Commands sent over HTTP trust the entry instead ({@link WarmCases}, ADR 0043)
 *       and check where a stale entry could have had a say: an append the store's unique (case, sequence) key refuses,
 *       a refusal, a command that appended nothing; a stale entry is dropped and the command runs again on the case as
 *       the store has it. Another node's command, an erasure anywhere, or anything else that appended to the case makes
 *       the entry stale.</li>
 *   <li><b>Kept only once committed.</b> Axon puts a case into its cache when its own unit of work commits, but an
 *       idempotent command's events commit later, with its stored response, in the transaction around it; if that
 *       transaction rolled back, the cache would hold events that never happened at a version the store may reach
 *       with other events. So the entry leaves at once and comes back only after the database transaction commits.</li>
 *   <li><b>No personal data.</b> The case aggregate keeps only what its rules need (ADR 0013: statuses, dates, ids,
 *       the supporter's username); personal details are sealed in the events and opened only by readers, so erasure
 *       has nothing to shred here, and a cached case has recorded its own {@code CaseErased}.</li>
 *   <li><b>Bounded.</b> At most {@code capacity} cases, least recently used out first; 0 turns the cache off.</li>
 * </ul>
 *
 * {@code casebook_case_cache_total{outcome}} counts hits, misses and stale entries.
 */
final class CaseCache implements Cache {

    private static final Logger log = LoggerFactory.getLogger(CaseCache.class);

    /** Axon keeps the version it checks against private; without it no entry can be trusted, so none is used. */
    private static final VarHandle VERSION = versionHandle();

    /** Inside {@link #trust()}: the cases served from memory unchecked, with the version each was served at. */
    private static final ThreadLocal<Map<Object, Long>> TRUSTED = new ThreadLocal<>();

    private final int capacity;
    private final Supplier<EventStore> eventStoreBean;
    private volatile EventStore eventStore;
    private final Map<Object, Object> entries;
    private final Counter hits;
    private final Counter misses;
    private final Counter stale;

    CaseCache(int capacity, Supplier<EventStore> eventStore, MeterRegistry registry) {
        this.capacity = capacity;
        this.eventStoreBean = eventStore;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > CaseCache.this.capacity;
            }
        };
        this.hits = outcome(registry, "hit");
        this.misses = outcome(registry, "miss");
        this.stale = outcome(registry, "stale");
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("casebook.case.cache")
                .description("Loads of a case for a command: from memory (hit), from the store (miss), or from the"
                        + " store because the remembered case was behind it (stale)")
                .tag("outcome", outcome)
                .register(registry);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value == null) {
            misses.increment();
            return null;
        }
        if (!(value instanceof AggregateCacheEntry<?> entry)) {
            remove(key);
            stale.increment();
            return null;
        }
        Map<Object, Long> trusted = TRUSTED.get();
        Long version = versionOf(entry);
        if (trusted != null && version != null) {
            trusted.put(key, version);
            hits.increment();
            return (V) value;
        }
        if (!agreesWithStore(key, entry)) {
            remove(key);
            stale.increment();
            return null;
        }
        hits.increment();
        return (V) value;
    }

    /**
     * Within the scope, cases are served from memory without asking the store first (ADR 0043); the caller must then
     * ask {@link Trust#storeMovedPast} wherever the case's word could have come from a stale entry.
     */
    Trust trust() {
        if (TRUSTED.get() != null) {
            throw new IllegalStateException("a trusting scope is open already on this thread");
        }
        TRUSTED.set(new HashMap<>());
        return new Trust();
    }

    /** The cases served unchecked on this thread since {@link #trust()}. */
    final class Trust implements AutoCloseable {

        boolean servedFromMemory(String caseId) {
            Map<Object, Long> trusted = TRUSTED.get();
            return trusted != null && trusted.containsKey(caseId);
        }

        /** Whether the store holds more of the case than the entry served had; if so the entry is dropped. */
        boolean storeMovedPast(String caseId) {
            if (storeIsAt(caseId, TRUSTED.get().get(caseId))) {
                return false;
            }
            forget(caseId);
            return true;
        }

        /** Drops the case: the store refused what was appended on its word. */
        void forget(String caseId) {
            remove(caseId);
            stale.increment();
        }

        @Override
        public void close() {
            TRUSTED.remove();
        }
    }

    private boolean agreesWithStore(Object key, AggregateCacheEntry<?> entry) {
        Long cached = versionOf(entry);
        return cached != null && storeIsAt(key, cached);
    }

    /** Whether the case's last sequence number in the store is {@code version}: one indexed lookup. */
    private boolean storeIsAt(Object key, long version) {
        Optional<Long> stored = eventStore().lastSequenceNumberFor(key.toString());
        return stored.isPresent() && stored.get() == version;
    }

    /** Looked up once: the store is built after the repository that holds this cache, and looking it up is not free. */
    private EventStore eventStore() {
        EventStore store = eventStore;
        if (store == null) {
            store = eventStoreBean.get();
            eventStore = store;
        }
        return store;
    }

    static Long versionOf(AggregateCacheEntry<?> entry) {
        return VERSION == null ? null : (Long) VERSION.get(entry);
    }

    @Override
    public void put(Object key, Object value) {
        remove(key);
        if (capacity <= 0) {
            return;
        }
        AfterDatabaseCommit.run(() -> keep(key, value));
    }

    private void keep(Object key, Object value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public boolean remove(Object key) {
        synchronized (entries) {
            return entries.remove(key) != null;
        }
    }

    @Override
    public void removeAll() {
        synchronized (entries) {
            entries.clear();
        }
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    /** Axon's repositories register no listeners; changing an entry in place would bypass the commit rule. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        remove(key);
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static VarHandle versionHandle() {
        try {
            return MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            log.warn("Cannot read the version of Axon's cached aggregates ({}); every case is loaded from the store",
                    unreadable.getClass().getSimpleName());
            return null;
        }
    }
}

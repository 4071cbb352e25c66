package org.casebook.adapters.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.casebook.domain.casework.Case;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class CaseCacheTest {

    private static final String CASE = "c-1";

    private final EventStore store = mock(EventStore.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CaseCache cache = new CaseCache(2, () -> store, registry);

    @BeforeEach
    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void readsTheVersionAxonKeepsPrivate() {
        assertThat(CaseCache.versionOf(caseAt(7))).isEqualTo(7L);
    }

    @Test
    void servesACaseWhoseVersionIsTheStoresLastSequenceNumber() {
        AggregateCacheEntry<Case> entry = caseAt(3);
        cache.put(CASE, entry);
        when(store.lastSequenceNumberFor(CASE)).thenReturn(Optional.of(3L));

        assertThat((Object) cache.get(CASE)).isSameAs(entry);
        assertThat(count("hit")).isEqualTo(1);
    }

    @Test
    void dropsACaseTheStoreHasMovedPast() {
        cache.put(CASE, caseAt(3));
        when(store.lastSequenceNumberFor(CASE)).thenReturn(Optional.of(4L));

        assertThat((Object) cache.get(CASE)).isNull();
        assertThat(cache.containsKey(CASE)).isFalse();
        assertThat(count("stale")).isEqualTo(1);
    }

    @Test
    void dropsACaseWhoseEventsAreGone() {
        cache.put(CASE, caseAt(3));
        when(store.lastSequenceNumberFor(CASE)).thenReturn(Optional.empty());

        assertThat((Object) cache.get(CASE)).isNull();
    }

    @Test
    void keepsACaseOnlyOnceItsTransactionHasCommitted() {
        cache.put(CASE, caseAt(1));
        TransactionSynchronizationManager.initSynchronization();

        cache.put(CASE, caseAt(2));
        assertThat(cache.containsKey(CASE)).as("neither the old version nor the uncommitted one").isFalse();

        complete(TransactionSynchronization.STATUS_COMMITTED);
        when(store.lastSequenceNumberFor(CASE)).thenReturn(Optional.of(2L));
        AggregateCacheEntry<Case> kept = cache.get(CASE);
        assertThat(CaseCache.versionOf(kept)).isEqualTo(2L);
    }

    @Test
    void forgetsACaseWhoseTransactionRolledBack() {
        cache.put(CASE, caseAt(1));
        TransactionSynchronizationManager.initSynchronization();

        cache.put(CASE, caseAt(2));
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(cache.containsKey(CASE)).isFalse();
    }

    @Test
    void keepsTheMostRecentlyUsedCasesUpToItsCapacity() {
        when(store.lastSequenceNumberFor("a")).thenReturn(Optional.of(1L));
        cache.put("a", caseAt(1));
        cache.put("b", caseAt(1));
        cache.get("a");
        cache.put("c", caseAt(1));

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void keepsNothingWithACapacityOfNone() {
        CaseCache off = new CaseCache(0, () -> store, registry);
        off.put(CASE, caseAt(1));

        assertThat(off.containsKey(CASE)).isFalse();
    }

    /** As Spring's transaction manager ends a transaction: after a commit, afterCommit, then afterCompletion. */
    private void complete(int status) {
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        if (status == TransactionSynchronization.STATUS_COMMITTED) {
            TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
        }
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, status);
    }

    private double count(String outcome) {
        return registry.get("casebook.case.cache").tag("outcome", outcome).counter().count();
    }

    static AggregateCacheEntry<Case> caseAt(long version) {
        EventSourcedAggregate<Case> aggregate = EventSourcedAggregate.reconstruct(emptyCase(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Case.class), version, false,
                SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
        return new AggregateCacheEntry<>(aggregate);
    }

    private static Case emptyCase() {
        try {
            var constructor = Case.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

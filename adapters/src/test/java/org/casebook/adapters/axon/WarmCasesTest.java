package org.casebook.adapters.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebook.adapters.axon.CaseCacheTest.caseAt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/**
 * A command endpoint's run trusting the case kept warm (ADR 0043), with a real cache and a store that answers as told.
 * Each "command" loads the case as Axon's repository does (from the cache if it is there), then succeeds or fails as
 * the test says; {@code runs} records, per run, whether the case came from memory.
 */
class WarmCasesTest {

    private static final String CASE = "c-1";

    private final EventStore store = mock(EventStore.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CaseCache cache = new CaseCache(10, () -> store, registry);
    private final WarmCases warmCases = new WarmCases(cache);
    private final List<Boolean> runs = new ArrayList<>();

    @Test
    void aCommandThatAppendedOnAWarmCaseAsksTheStoreNothing() {
        cache.put(CASE, caseAt(3));

        String answer = warmCases.attempt(trust -> run(trust, () -> "accepted", true));

        assertThat(answer).isEqualTo("accepted");
        assertThat(runs).containsExactly(true);
        verify(store, never()).lastSequenceNumberFor(CASE);
        assertThat(count("hit")).isEqualTo(1);
    }

    @Test
    void anAppendTheStoreRefusesRunsTheCommandAgainOnTheStoresCase() {
        cache.put(CASE, caseAt(3));
        Supplier<String> command = firstFailsThenAccepted(new ConcurrencyException("sequence 4 taken"));

        String answer = warmCases.attempt(trust -> run(trust, command, true));

        assertThat(answer).isEqualTo("accepted");
        assertThat(runs).containsExactly(true, false);
        assertThat(cache.containsKey(CASE)).isFalse();
        assertThat(count("stale")).isEqualTo(1);
        verify(store, never()).lastSequenceNumberFor(CASE);
    }

    @Test
    void aRefusalByACaseTheStoreHadMovedPastRunsTheCommandAgain() {
        cache.put(CASE, caseAt(3));
        when(store.lastSequenceNumberFor(CASE)).thenReturn(Optional.of(4L));
        Supplier<String> command = firstFailsThenAccepted(new IllegalStateException("If-Match names version 5"));

        String answer = warmCases.attempt(trust -> run(trust, command, true));

        assertThat(answer).isEqualTo("accepted");
        assertThat(runs).containsExactly(true, false);
        assertThat(count("stale")).isEqualTo(1);
    }

    @Test
    void aRefusalByACaseTheStoreAgreesWithStands() {
        cache.put(CASE, caseAt(3));
        when(store.lastSequenceNumberFor(CASE)).thenReturn(Optional.of(3L));

        assertThatThrownBy(() -> warmCases.attempt(trust -> run(trust, () -> {
            throw new IllegalStateException("the case is closed");
        }, false))).hasMessage("the case is closed");

        assertThat(runs).containsExactly(true);
        assertThat(cache.containsKey(CASE)).isTrue();
    }

    @Test
    void aCommandThatAppendedNothingIsCheckedAndRunAgainIfTheStoreMovedOn() {
        cache.put(CASE, caseAt(3));
        when(store.lastSequenceNumberFor(CASE)).thenReturn(Optional.of(5L));

        String answer = warmCases.attempt(trust -> run(trust, () -> "nothing to record", false));

        assertThat(answer).isEqualTo("nothing to record");
        assertThat(runs).containsExactly(true, false);
        verify(store, times(1)).lastSequenceNumberFor(CASE);
    }

    @Test
    void aCommandThatAppendedNothingOnACaseTheStoreAgreesWithIsAnsweredOnce() {
        cache.put(CASE, caseAt(3));
        when(store.lastSequenceNumberFor(CASE)).thenReturn(Optional.of(3L));

        String answer = warmCases.attempt(trust -> run(trust, () -> "nothing to record", false));

        assertThat(answer).isEqualTo("nothing to record");
        assertThat(runs).containsExactly(true);
    }

    @Test
    void aConflictOnACaseNotServedFromMemoryIsTheCallersToAnswer() {
        assertThatThrownBy(() -> warmCases.attempt(trust -> run(trust, () -> {
            throw new ConcurrencyException("another node got there first");
        }, true))).isInstanceOf(ConcurrencyException.class);

        assertThat(runs).as("one run, with no case in memory").containsExactly(false);
    }

    /** Outside a trusting run, a warm case is checked as it is loaded, as before ADR 0043. */
    @Test
    void loadsOutsideATrustingRunAreCheckedAgainstTheStore() {
        cache.put(CASE, caseAt(3));
        when(store.lastSequenceNumberFor(CASE)).thenReturn(Optional.of(3L));
        try (CaseCache.Trust trust = cache.trust()) {
            assertThat((Object) cache.get(CASE)).isNotNull();
        }
        verify(store, never()).lastSequenceNumberFor(CASE);

        assertThat((Object) cache.get(CASE)).isNotNull();

        verify(store, times(1)).lastSequenceNumberFor(CASE);
    }

    /** A command that fails the first time it runs and is accepted the next. */
    private static Supplier<String> firstFailsThenAccepted(RuntimeException first) {
        AtomicBoolean failed = new AtomicBoolean();
        return () -> {
            if (failed.compareAndSet(false, true)) {
                throw first;
            }
            return "accepted";
        };
    }

    /** One run of the command: loads the case as Axon's repository does, then answers. */
    private String run(boolean trust, Supplier<String> command, boolean appends) {
        Supplier<String> loadThenAnswer = () -> {
            runs.add(cache.get(CASE) != null && trust);
            return command.get();
        };
        return trust ? warmCases.trusting(CASE, loadThenAnswer, () -> appends) : loadThenAnswer.get();
    }

    private double count(String outcome) {
        return registry.get("casebook.case.cache").tag("outcome", outcome).counter().count();
    }
}

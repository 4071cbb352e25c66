package org.casebook.adapters.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When commits on this node wake the read models' processors: at once on a quiet service, in batches under load. */
class PromptEventSourceTest {

    private static final Duration NEVER = Duration.ofHours(1);
    private static final Duration WINDOW = Duration.ofMillis(300);

    private PromptEventSource source;
    private final AtomicInteger fetches = new AtomicInteger();

    @AfterEach
    void stop() {
        source.destroy();
    }

    @Test
    void onAQuietServiceEveryCommitWakesTheReadModelsAtOnce() {
        AtomicInteger wakes = wakesOf(WINDOW);

        for (int i = 0; i < 10; i++) {
            source.committed();
        }

        assertThat(wakes).as("the first window is not known to be busy").hasValue(10);
    }

    @Test
    void afterABusyWindowTheyAreWokenAtMostOnceAWindow() throws Exception {
        AtomicInteger wakes = wakesOf(WINDOW);
        aBusyWindowPasses();
        wakes.set(0);

        for (int i = 0; i < 10; i++) {
            source.committed();
        }
        assertThat(wakes).as("the first commit, a window after the last wake").hasValue(1);

        Thread.sleep(WINDOW.toMillis() + 100);
        assertThat(wakes).as("the other nine, in one wake a window later").hasValue(2);
    }

    @Test
    void theEventStoreReadsTheTableWhenTheReadModelsAreWokenNotAtEachCommit() throws Exception {
        AtomicInteger wakes = wakesOf(WINDOW);
        aBusyWindowPasses();
        int before = fetches.get();

        for (int i = 0; i < 10; i++) {
            source.committed();
        }
        assertThat(fetches.get() - before).as("with the first commit's wake").isEqualTo(1);

        Thread.sleep(WINDOW.toMillis() + 100);
        assertThat(fetches.get() - before).as("once more, with the other nine's").isEqualTo(2);
        assertThat(wakes.get()).isGreaterThanOrEqualTo(fetches.get() - before);
    }

    @Test
    void aWaitingReadReleasesTheWakeABusyWindowHoldsBackOnce() throws Exception {
        AtomicInteger wakes = wakesOf(WINDOW);
        aBusyWindowPasses();
        source.committed();
        wakes.set(0);
        int fetchesBefore = fetches.get();

        source.hurry();
        assertThat(wakes).as("nothing held back yet").hasValue(0);

        source.committed();
        source.committed();
        assertThat(wakes).as("both held back by the window").hasValue(0);
        source.hurry();
        assertThat(wakes).as("released by the read that waits").hasValue(1);
        assertThat(fetches.get() - fetchesBefore).as("the store reads the table for them").isEqualTo(1);

        Thread.sleep(WINDOW.toMillis() + 100);
        assertThat(wakes).as("and not woken again at the window's end").hasValue(1);
    }

    @Test
    void aQuietWindowEndsTheBatching() throws Exception {
        AtomicInteger wakes = wakesOf(WINDOW);
        aBusyWindowPasses();
        source.committed();
        Thread.sleep(WINDOW.toMillis() + 50);
        wakes.set(0);

        source.committed();
        source.committed();

        assertThat(wakes).as("an enquiry and then its allocation, after a quiet window").hasValue(2);
    }

    @Test
    void aReadStillWaitingRemindsTheReadModelsUnlessTheyWereWokenWithinHalfAWindow() throws Exception {
        AtomicInteger wakes = wakesOf(WINDOW);
        source.committed();
        wakes.set(0);
        int fetchesBefore = fetches.get();

        source.remind();
        assertThat(wakes).as("woken by the commit just now").hasValue(0);

        Thread.sleep(WINDOW.toMillis() / 2 + 20);
        source.remind();
        assertThat(wakes).as("half a window on, woken again").hasValue(1);
        assertThat(fetches.get() - fetchesBefore).as("and the store reads the table again").isEqualTo(1);
        source.remind();
        assertThat(wakes).as("but not twice at once").hasValue(1);
    }

    @Test
    void aReminderReleasesAWakeABusyWindowHoldsBack() throws Exception {
        AtomicInteger wakes = wakesOf(WINDOW);
        aBusyWindowPasses();
        source.committed();
        source.committed();
        wakes.set(0);

        source.remind();
        assertThat(wakes).as("the held-back wake, released").hasValue(1);
        Thread.sleep(WINDOW.toMillis() + 100);
        assertThat(wakes).as("and not woken again at the window's end").hasValue(1);
    }

    @Test
    void anEventTheStoreFetchedWakesTheReadModelsWithoutAnotherReadOfTheTable() throws Exception {
        AtomicInteger wakes = wakesOf(WINDOW);
        aBusyWindowPasses();
        wakes.set(0);
        int fetchesBefore = fetches.get();

        source.fetched();

        assertThat(wakes).as("not held back by the window: the event is there to be handled").hasValue(1);
        assertThat(fetches.get()).as("the store has just read the table").isEqualTo(fetchesBefore);
    }

    @Test
    void withNoWindowEveryCommitWakesThem() {
        AtomicInteger wakes = wakesOf(Duration.ZERO);

        for (int i = 0; i < 10; i++) {
            source.committed();
        }

        assertThat(wakes).hasValue(10);
    }

    /** More commits than a quiet window holds, and then the window's end. */
    private void aBusyWindowPasses() throws InterruptedException {
        for (int i = 0; i <= PromptEventSource.QUIET_COMMITS; i++) {
            source.committed();
        }
        Thread.sleep(WINDOW.toMillis() + 50);
    }

    private AtomicInteger wakesOf(Duration window) {
        source = new PromptEventSource(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine())
                .build(), fetches::incrementAndGet, NEVER, window);
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        AtomicInteger wakes = new AtomicInteger();
        stream.setOnAvailableCallback(wakes::incrementAndGet);
        return wakes;
    }
}

package org.casebook.adapters.consistency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.DisposableBean;

/**
 * The event store as the read models' processors see it, with one difference: their streams say when events are
 * available. Axon's pooled coordinator, given a stream without that callback (the embedded event store's), looks for
 * new events only every 500 ms, hard-coded, so an allocation reached the caseload 250-500 ms after it was answered
 * (issue 12). With the callback it is woken at once:
 * <ul>
 *   <li>after a command's events commit on this node; its first look then waits up to 50 ms for the event store's
 *       reader thread, which the same commit wakes, to have fetched them;</li>
 *   <li>when that reader has fetched events ({@link #fetched()}): a first look that found older events waiting
 *       returned with those, before the commit's own were there;</li>
 *   <li>every {@code casebook.consistency.fetch-delay}, which is also how often the event store reads the table, so
 *       events appended by another node are seen within about that time.</li>
 * </ul>
 * Under load the commits are coalesced: once a {@code wake-window} (20 ms) has seen more than
 * {@value #QUIET_COMMITS} commits, the read models are woken at most once a window (a commit within a window of the
 * last wake waits, with any others, until a window has passed since it), until a window is quiet again. Woken at
 * every commit, they handled an event or two per batch, each batch its own transaction, token write and statement
 * per table (the Axon peer's processor, polling every 500 ms, handles hundreds); measured, the CPU per enquiry fell
 * 19–21 % at 4 clients and 5–27 % at 16 (performance.md). A command on a quiet service, and the second of a pair
 * (an enquiry, then its allocation), still wake them at once; under load a read that waits for its writer's last
 * event ({@link ReadModelProgress}) releases a held-back wake at once ({@link #hurry()}), so the window costs it
 * nothing, and only reads that do not wait (another user's) may see the read models up to a window behind.
 * Everything else (tokens, replays, reading) is the event store's own.
 */
public class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, DisposableBean {

    private static final String REGISTERED = PromptEventSource.class.getName();
    /** Commits in a window beyond which the next window coalesces its wake-ups. */
    static final int QUIET_COMMITS = 3;

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final Runnable fetchNew;
    private final Set<PromptStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker;

    private final long window;
    private final Object wakes = new Object();
    private long windowStart;
    private long lastWake;
    private int commitsInWindow;
    private boolean busy;
    private boolean wakeDue;
    private ScheduledFuture<?> heldWake;

    /**
     * @param fetchNew has the event store read the table for new events now (its reader thread is woken with the read
     *                 models, not by each commit: {@link CommitAwareEventStore})
     */
    public PromptEventSource(EventStore store, Runnable fetchNew, Duration fetchDelay, Duration wakeWindow) {
        this.store = store;
        this.fetchNew = fetchNew;
        this.window = wakeWindow.toNanos();
        this.windowStart = System.nanoTime() - window;
        this.lastWake = windowStart;
        store.registerDispatchInterceptor(this::wakeAfterCommit);
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-model-wake");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, fetchDelay.toMillis());
        ticker.scheduleWithFixedDelay(() -> wake(false), period, period, TimeUnit.MILLISECONDS);
    }

    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> wakeAfterCommit(
            List<? extends EventMessage<?>> events) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            if (root.resources().putIfAbsent(REGISTERED, Boolean.TRUE) == null) {
                root.afterCommit(committed -> AfterDatabaseCommit.run(this::committed));
            }
        } else {
            committed();
        }
        return (index, event) -> event;
    }

    /** Events committed on this node: wake the read models now, or at the end of a busy window. */
    void committed() {
        synchronized (wakes) {
            long now = System.nanoTime();
            if (now - windowStart >= window) {
                busy = commitsInWindow > QUIET_COMMITS;
                windowStart = now;
                commitsInWindow = 0;
            }
            commitsInWindow++;
            if (!busy || now - lastWake >= window) {
                lastWake = now;
            } else {
                if (!wakeDue) {
                    wakeDue = true;
                    heldWake = ticker.schedule(this::releaseHeldWake, lastWake + window - now, TimeUnit.NANOSECONDS);
                }
                return;
            }
        }
        wake(true);
    }

    /**
     * A read waits for the read models to pass a position ({@link ReadModelProgress}): a wake that a busy window holds
     * back happens now, so that the wait is for the read models' work and not for the window's end. With no wake held
     * back, the read models are already on their way to what this node committed.
     */
    public void hurry() {
        releaseHeldWake();
    }

    /**
     * A read has waited a poll interval for its own write and no read-model batch committed on this node meanwhile:
     * wake the read models again, releasing a held-back wake or, if they were last woken half a window ago or more,
     * with a fresh one. Some such reads waited for the next periodic wake, a fetch delay: at one client the mixed
     * workload's caseload reads had a p99 of 105 ms and a maximum of 106 with the default 100 ms fetch delay, and 38
     * and 39 with 30 ms (issue 12, 2026-12-06). The cause found is mended by {@link #fetched()}; a reminder bounds the
     * wait by the poll interval whatever else may lose a wake. Only reads that wait send them, and under load a batch
     * commits within most poll intervals.
     */
    public void remind() {
        synchronized (wakes) {
            if (!takeHeldWake()) {
                long now = System.nanoTime();
                if (now - lastWake < window / 2) {
                    return;
                }
                lastWake = now;
            }
        }
        wake(true);
    }

    /**
     * The event store's reader has put new events in the cache the streams read: call the streams back, so that a
     * processor that looked before they were there looks again now ({@link RequestedReads}).
     */
    void fetched() {
        for (PromptStream stream : streams) {
            stream.wake(false);
        }
    }

    /** Does the wake a busy window holds back, if there is one: at the window's end, or for a waiting read first. */
    private void releaseHeldWake() {
        synchronized (wakes) {
            if (!takeHeldWake()) {
                return; // released already, by a waiting read or the window's end
            }
        }
        wake(true);
    }

    /**
     * Whether a wake was held back; if so, it is now taken (its timer cancelled: a no-op when the timer is what asks),
     * to be done by the caller. Called holding {@code wakes}.
     */
    private boolean takeHeldWake() {
        if (!wakeDue) {
            return false;
        }
        wakeDue = false;
        heldWake.cancel(false);
        lastWake = System.nanoTime();
        return true;
    }

    private void wake(boolean appendedHere) {
        if (appendedHere) {
            fetchNew.run();
        }
        for (PromptStream stream : streams) {
            stream.wake(appendedHere);
        }
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        PromptStream stream = new PromptStream(store.openStream(token));
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }

    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private final AtomicBoolean appendedHere = new AtomicBoolean();
        private volatile Runnable callback;

        PromptStream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        void wake(boolean appended) {
            if (appended) {
                appendedHere.set(true);
            }
            Runnable whenAvailable = callback;
            if (whenAvailable != null) {
                whenAvailable.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            if (appendedHere.getAndSet(false)) {
                try {
                    return events.hasNextAvailable(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return events.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignored) {
            events.skipMessagesWithPayloadTypeOf(ignored);
        }

        @Override
        public void close() {
            streams.remove(this);
            events.close();
        }
    }
}

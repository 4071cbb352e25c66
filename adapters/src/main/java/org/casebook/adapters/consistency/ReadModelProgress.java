package org.casebook.adapters.consistency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a read model has processed a store position, that is every event up to it, judged from the committed tokens
 * in {@code token_entry} (the read model's rows commit in the same transaction as its token, ADR 14), so it holds
 * whichever node did the work.
 *
 * <p>Every segment is asked. Until 2026-12-04 only the segment handling the position's own case was, which showed
 * that event but not an earlier one of another case in a segment that lagged: a supporter who allocated case A and
 * then case B could read a caseload showing B without A. A segment that lags counts as past the position when none
 * of the events between its token and the position (and in its token's gaps) is one it must handle: an event of
 * another segment's case, or one that no handler of the processor takes (a case note, say). Such a segment stores no
 * token for those events until it next handles something or extends its claim, and a read that waited for that
 * token would wait the whole {@code max-wait} for nothing (found 2026-12-04: every caseload read after a note took
 * 2 s). One query reads those events for all lagging segments at once.
 *
 * <p>For the segments this node holds, its processor's own status counts too ({@link #heldHere}): it is never ahead of
 * what has committed, and it passes events a segment has nothing to do for, which the stored token does only every
 * claim extension. When this node holds every segment, the stored tokens are not read at all
 * ({@link #processedHere}).
 *
 * <p>Reads wait on one watcher thread ({@link #whenProcessed}), not on threads of their own. It is woken when a
 * read-model batch commits on this node ({@link #batchCommitted()}), and otherwise looks again every
 * {@code casebook.consistency.poll-interval}, which is how it sees another node's progress; after a poll interval in
 * which no batch committed here it reminds the read models ({@link PromptEventSource#remind()}).
 */
@Component
public class ReadModelProgress implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelProgress.class);

    /** Beyond this many events between a segment's token and the position, the read simply waits for the token. */
    static final int SKIPPABLE_LIMIT = 200;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final ConsistencyProperties properties;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<PromptEventSource> wakes;
    private final Map<String, Boolean> handledTypes = new ConcurrentHashMap<>();
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<String, StreamingEventProcessor> streaming = new ConcurrentHashMap<>();
    private volatile PromptEventSource source;
    private final Object monitor = new Object();
    private long commits;
    /** Reads waiting, and how many ever started to: a new one wakes the watcher. Guarded by the monitor. */
    private final List<Wait> waits = new ArrayList<>();
    private long added;
    private Thread watcher;

    public ReadModelProgress(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer,
                             ConsistencyProperties properties, ObjectProvider<EventProcessingConfiguration> processing,
                             ObjectProvider<PromptEventSource> wakes) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.properties = properties;
        this.processing = processing;
        this.wakes = wakes;
    }

    /** A read-model batch has committed on this node: wake the reads that wait. */
    public void batchCommitted() {
        synchronized (monitor) {
            commits++;
            monitor.notifyAll();
        }
    }

    /**
     * Waits until every one of {@code processors} has processed {@code written}, for at most
     * {@code casebook.consistency.max-wait}. True when they have, false when the wait ran out first. Blocks the
     * calling thread: requests wait with {@link #whenProcessed} instead.
     */
    public boolean await(Collection<String> processors, Written written) {
        try {
            return whenProcessed(processors, written).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible.getCause());
        }
    }

    /**
     * Completes with true once every one of {@code processors} has processed {@code written}, or with false once
     * {@code casebook.consistency.max-wait} has passed; already complete when they have. Waiting holds no thread of
     * the caller's (ADR 0033 counted what a waiting read on a request thread cost): one watcher thread looks for every
     * waiting read at once, woken by each read-model batch committed on this node and otherwise every poll interval.
     */
    public CompletableFuture<Boolean> whenProcessed(Collection<String> processors, Written written) {
        if (written.position() <= 0 || processors.isEmpty()) {
            return CompletableFuture.completedFuture(true);
        }
        List<String> pending = new ArrayList<>(processors);
        pending.removeIf(processor -> processed(processor, written.position()));
        if (pending.isEmpty()) {
            return CompletableFuture.completedFuture(true);
        }
        eventSource().ifPresent(PromptEventSource::hurry);
        Wait wait = new Wait(pending, written.position(), System.nanoTime() + properties.maxWait().toNanos());
        synchronized (monitor) {
            waits.add(wait);
            added++;
            if (watcher == null) {
                watcher = new Thread(this::watch, "read-your-writes");
                watcher.setDaemon(true);
                watcher.start();
            }
            monitor.notifyAll();
        }
        return wait.done;
    }

    /** Stops the watcher; reads still waiting are answered with what the read models have. */
    @Override
    public void destroy() {
        synchronized (monitor) {
            if (watcher != null) {
                watcher.interrupt();
            }
            waits.forEach(wait -> wait.done.complete(false));
            waits.clear();
        }
    }

    /**
     * The watcher's loop: look at every waiting read (in position order, so that for each processor one position
     * found not yet processed answers for all the waits beyond it), complete those reached or out of time, then sleep
     * until a batch commits, a read starts waiting, a poll interval passes or the nearest wait runs out. After a poll
     * interval in which no batch committed here it reminds the read models, as each waiting thread used to.
     */
    private void watch() {
        try {
            while (true) {
                long seenCommits;
                long seenAdded;
                List<Wait> current;
                synchronized (monitor) {
                    while (waits.isEmpty()) {
                        monitor.wait();
                    }
                    seenCommits = commits;
                    seenAdded = added;
                    current = new ArrayList<>(waits);
                }
                current.sort(Comparator.comparingLong(Wait::position));
                long now = System.nanoTime();
                long nearest = Long.MAX_VALUE;
                Map<String, Long> notYet = new HashMap<>();
                for (Wait wait : current) {
                    if (reached(wait, notYet)) {
                        finish(wait, true);
                    } else if (now - wait.deadline >= 0) {
                        finish(wait, false);
                    } else {
                        nearest = Math.min(nearest, wait.deadline - now);
                    }
                }
                boolean quiet;
                synchronized (monitor) {
                    if (waits.isEmpty()) {
                        continue;
                    }
                    if (commits == seenCommits && added == seenAdded) {
                        TimeUnit.NANOSECONDS.timedWait(monitor, Math.min(nearest, properties.pollInterval().toNanos()));
                    }
                    quiet = commits == seenCommits && added == seenAdded;
                }
                if (quiet) {
                    eventSource().ifPresent(PromptEventSource::remind);
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether the wait's processors have all processed its position. A look that fails (the database unreachable)
     * counts as not yet: the wait runs out, and the read's own query then meets the same failure and answers it.
     */
    private boolean reached(Wait wait, Map<String, Long> notYet) {
        try {
            wait.pending.removeIf(processor -> {
                Long lowest = notYet.get(processor);
                if (lowest != null && wait.position >= lowest) {
                    return false;
                }
                boolean done = processed(processor, wait.position);
                if (!done) {
                    notYet.put(processor, wait.position);
                }
                return done;
            });
            return wait.pending.isEmpty();
        } catch (RuntimeException failed) {
            log.debug("Could not judge the read models' progress: {}", failed.getClass().getName());
            return false;
        }
    }

    private void finish(Wait wait, boolean reached) {
        synchronized (monitor) {
            waits.remove(wait);
        }
        wait.done.complete(reached);
    }

    /** A read waiting for a position; {@code pending} is only touched by the watcher once the wait is added. */
    private record Wait(List<String> pending, long position, long deadline, CompletableFuture<Boolean> done) {

        Wait(List<String> pending, long position, long deadline) {
            this(pending, position, deadline, new CompletableFuture<>());
        }
    }

    /** Whether every segment of the processor has passed {@code position}, or has nothing of its own up to it. */
    boolean processed(String processor, long position) {
        Map<Integer, EventTrackerStatus> here = heldHere(processor);
        if (holdsEverySegment(here)) {
            return processedHere(processor, here, position);
        }
        record Row(int segment, byte[] token, String type) {
        }
        List<Row> rows = jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?",
                (row, n) -> new Row(row.getInt(1), row.getBytes(2), row.getString(3)), processor);
        if (rows.isEmpty()) {
            return false;
        }
        int[] ids = rows.stream().mapToInt(Row::segment).toArray();
        List<Lagging> lagging = new ArrayList<>();
        for (Row row : rows) {
            if (passedHere(here.get(row.segment()), position)) {
                continue;
            }
            Segment segment = Segment.computeSegment(row.segment(), ids);
            if (row.token() == null || row.type() == null) {
                // At the tail: Axon's initial token on a store that was empty, kept until the segment first handles
                // an event of its own (on a new installation, for a while, most segments).
                lagging.add(Lagging.atTail(segment));
                continue;
            }
            TrackingToken token = token(processor, row.segment(), row.token(), row.type());
            if (token == null || !judged(lagging, segment, token, position)) {
                return false;
            }
        }
        return lagging.isEmpty() || onlySkipped(processor, lagging, position);
    }

    /**
     * Judged from this node's processor alone, when it holds every segment (one node, as most services run): the
     * stored tokens would say nothing its status does not. It saves a query of {@code token_entry}, and the tokens'
     * deserialisation, on every look (2026-12-06); the query of the events a lagging segment may skip stays.
     */
    private boolean processedHere(String processor, Map<Integer, EventTrackerStatus> here, long position) {
        List<Lagging> lagging = new ArrayList<>();
        for (EventTrackerStatus status : here.values()) {
            TrackingToken token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
            if (token == null) {
                lagging.add(Lagging.atTail(status.getSegment()));
            } else if (!judged(lagging, status.getSegment(), token, position)) {
                return false;
            }
        }
        return lagging.isEmpty() || onlySkipped(processor, lagging, position);
    }

    /**
     * Adds the segment to {@code lagging} when its gap-aware token is behind {@code position}; false when a token of
     * another kind is behind, which this cannot judge further (the read then waits for it).
     */
    private static boolean judged(List<Lagging> lagging, Segment segment, TrackingToken token, long position) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            Lagging.of(segment, gapAware, position).ifPresent(lagging::add);
            return true;
        }
        return token.position().orElse(-1) >= position;
    }

    /**
     * Whether this node's processor holds segments that together cover every case, none of them in error: a segment
     * of mask {@code m} covers {@code 1/(m+1)} of them.
     */
    static boolean holdsEverySegment(Map<Integer, EventTrackerStatus> here) {
        long whole = 1L << 32;
        long covered = 0;
        for (EventTrackerStatus status : here.values()) {
            if (status == null || status.isErrorState() || status.getSegment() == null) {
                return false;
            }
            covered += whole / (status.getSegment().getMask() + 1L);
        }
        return covered == whole;
    }

    /**
     * The progress of the segments this node's processor holds, as it knows it. A segment's status advances once a
     * batch of its events has committed, and at once past events it has nothing to do for; its stored token advances
     * only when it next commits a batch, or when it extends its claim (every 5 s). A segment with nothing of its own
     * for more events than a read will judge ({@link #SKIPPABLE_LIMIT}) left a read waiting for that claim extension,
     * past its {@code max-wait} (the likeliest cause of a caseload read answered stale after 2 s at one client,
     * 2026-12-06).
     */
    private Map<Integer, EventTrackerStatus> heldHere(String processor) {
        return streaming(processor).map(StreamingEventProcessor::processingStatus).orElse(Map.of());
    }

    /**
     * The processor, once built, kept: asking the bean provider and Axon's configuration on every look resolved the
     * bean and copied Axon's map of processors each time, about 2 % of the CPU of the mixed workload (issue 12,
     * 2026-12-06).
     */
    private Optional<StreamingEventProcessor> streaming(String processor) {
        StreamingEventProcessor known = streaming.get(processor);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StreamingEventProcessor> built = Optional.ofNullable(processing.getIfAvailable())
                .flatMap(configuration -> configuration.eventProcessor(processor, StreamingEventProcessor.class));
        built.ifPresent(found -> streaming.put(processor, found));
        return built;
    }

    /** The read models' event source, once there is one (it is built after this). */
    private Optional<PromptEventSource> eventSource() {
        PromptEventSource known = source;
        if (known == null) {
            known = wakes.getIfAvailable();
            source = known;
        }
        return Optional.ofNullable(known);
    }

    private static boolean passedHere(EventTrackerStatus status, long position) {
        if (status == null || status.isErrorState()) {
            return false;
        }
        TrackingToken token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
        return token instanceof GapAwareTrackingToken gapAware && Lagging.passed(gapAware, position);
    }

    /**
     * The segment's token, deserialised only when its stored form has changed since this node last read it: a read
     * that waits reads every segment's token on each look, and most looks find most tokens as they were. Deserialising
     * each every time was about 3 % of what the service allocated under the mixed workload (issue 12, 2026-12-05).
     */
    private TrackingToken token(String processor, int segment, byte[] stored, String type) {
        String key = processor + '|' + segment;
        Parsed last = parsed.get(key);
        if (last != null && last.type().equals(type) && Arrays.equals(last.stored(), stored)) {
            return last.token();
        }
        TrackingToken token = WrappedToken.unwrapLowerBound(serializer.deserialize(
                new SimpleSerializedObject<>(stored, byte[].class, new SimpleSerializedType(type, null))));
        parsed.put(key, new Parsed(stored, type, token));
        return token;
    }

    private record Parsed(byte[] stored, String type, TrackingToken token) {
    }

    /** A segment whose token is behind the position, and its token's gaps up to it. */
    private record Lagging(Segment segment, long index, List<Long> gaps) {

        /** A segment still at the tail of a store that was empty: it has passed nothing. */
        static Lagging atTail(Segment segment) {
            return new Lagging(segment, -1, List.of());
        }

        /** Whether the token has passed {@code position}: read beyond it, and not with it as a gap. */
        static boolean passed(GapAwareTrackingToken token, long position) {
            return token.getIndex() >= position && !token.getGaps().contains(position);
        }

        /** The segment as lagging behind {@code position}, or nothing when its token has passed it. */
        static Optional<Lagging> of(Segment segment, GapAwareTrackingToken token, long position) {
            if (passed(token, position)) {
                return Optional.empty();
            }
            return Optional.of(new Lagging(segment, token.getIndex(),
                    token.getGaps().stream().filter(gap -> gap <= position).toList()));
        }

        /** Whether the event is one this segment has not yet passed. */
        boolean ahead(long position) {
            return position > index || gaps.contains(position);
        }
    }

    /**
     * Whether no lagging segment has an event of its own cases that the processor handles between its token and
     * {@code position} (or at one of its gaps): then its rows are as they will be once it reaches the position.
     */
    private boolean onlySkipped(String processor, List<Lagging> lagging, long position) {
        long from = lagging.stream().mapToLong(Lagging::index).min().orElse(position);
        List<Long> gaps = lagging.stream().flatMap(segment -> segment.gaps().stream()).distinct()
                .filter(gap -> gap <= from).toList();
        String atGaps = gaps.isEmpty() ? ""
                : " OR global_index IN (" + gaps.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        record Stored(long position, String aggregate, String payloadType) {
        }
        List<Stored> between = jdbc.query("SELECT global_index, aggregate_identifier, payload_type"
                        + " FROM domain_event_entry WHERE (global_index > ? AND global_index <= ?)" + atGaps
                        + " FETCH FIRST " + (SKIPPABLE_LIMIT + 1) + " ROWS ONLY",
                (row, n) -> new Stored(row.getLong(1), row.getString(2), row.getString(3)), from, position);
        if (between.size() > SKIPPABLE_LIMIT || between.stream().noneMatch(event -> event.position() == position)) {
            // Too far behind to judge cheaply, or nothing committed at the position yet: wait for the tokens.
            return false;
        }
        return lagging.stream().allMatch(segment -> between.stream().noneMatch(event -> segment.ahead(event.position())
                && (event.aggregate() == null || segment.segment().matches(event.aggregate()))
                && handles(processor, event.payloadType())));
    }

    /**
     * Unknown types (a class since renamed) count as handled: the read then waits. Before the processor is built
     * nothing is known, and that is not remembered.
     */
    private boolean handles(String processor, String payloadType) {
        String key = processor + '|' + payloadType;
        Boolean known = handledTypes.get(key);
        if (known != null) {
            return known;
        }
        Optional<AbstractEventProcessor> built = Optional.ofNullable(processing.getIfAvailable())
                .flatMap(configuration -> configuration.eventProcessor(processor, AbstractEventProcessor.class));
        if (built.isEmpty()) {
            return true;
        }
        boolean handled;
        try {
            handled = built.get().eventHandlerInvoker()
                    .canHandleType(Class.forName(payloadType, false, getClass().getClassLoader()));
        } catch (ClassNotFoundException | LinkageError unknown) {
            handled = true;
        }
        handledTypes.put(key, handled);
        return handled;
    }
}

package org.casebook.adapters.eventprocessing;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.serialization.Serializer;
import org.casebook.adapters.SafeLog;
import org.casebook.adapters.axon.EventStoreProperties;
import org.casebook.adapters.privacy.CaseKeys;
import org.casebook.projections.ShadowFill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds read models in bulk while the live ones keep answering (ADR 0023). The store is read once in keyset pages
 * ({@link StoredEventPages}, on a thread of its own), each event deserialised once, and handled by second instances of
 * the read models' own projections writing shadow tables ({@link ShadowTables}) in one transaction per page. Then, with
 * this node's processors stopped, one transaction swaps the shadows in, hands every segment of each processor a token
 * at the position the rebuild read to (with the holes it read past as gaps), empties the processor's dead-letter
 * queue and forgets the request; the processors start again from there and catch up.
 *
 * <p>Requests are recorded in {@code projection_rebuild} first, so that a node dying mid-rebuild leaves the live
 * tables serving and the request recorded: the next node that looks (at start-up, and every
 * {@code resume-interval}) takes a request whose node stopped beating, drops the half-filled shadows and starts again.
 * Requests arriving within {@code gather} of each other are served by one read of the store; since both read models
 * share one processor (ADR 0027) a request for either is the same request anyway, so the wait is short (100 ms): it
 * was a second of the 1,000,000-event rebuild's 30.
 *
 * <p>Read models without a bulk path, and a bulk rebuild that fails (an event a handler refuses, for one), fall back
 * to Axon's replay: the processor's tokens are reset, its reset handler empties the tables, and it replays every
 * event, parking poison events as usual; queries then see partial data until it has caught up.
 *
 * <p>Rebuilds are per processor, not per read model: the read models share one processor and its token (ADR 0027),
 * so a rebuild of one is a rebuild of all of them, on either path. A request names a read model (or the processor) and
 * is recorded under the processor's name.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    /** The node id Axon's JDBC token store claims segments under (its default), so that this node's processors own
     * the tokens a rebuild hands over. */
    static final String NODE_ID = ManagementFactory.getRuntimeMXBean().getName();
    private static final long HEARTBEAT_EVERY_NANOS = 1_000_000_000L;
    /**
     * How many cases' rows each read-model table of a rebuild keeps in memory unless configured (performance.md,
     * "Rebuild": holding all 217,624 cases of the 1,000,000-event store took the heap to ~455 MB of 512); a case whose
     * events are spread wider than that in the store is written and read back, which is correct, only slower.
     */
    private static final int HELD_CASES = 50_000;

    private final EventProcessingConfiguration processing;
    private final org.axonframework.config.Configuration axon;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Serializer eventSerializer;
    private final ProcessorTokens tokens;
    private final CaseKeys keys;
    private final Map<String, RebuildableReadModel> readModels = new LinkedHashMap<>();
    private final ObjectProvider<RebuildListener> listeners;
    private final Environment environment;
    private final EventStoreProperties events;
    private final int pageSize;
    private final Duration gather;
    private final Duration orphanedAfter;
    private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(
            daemon("projection-rebuild"));
    private final Map<String, RebuildProgress> running = new ConcurrentHashMap<>();
    private ShadowTables shadows;

    public ProjectionRebuilds(EventProcessingConfiguration processing, org.axonframework.config.Configuration axon,
                              JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                              @Qualifier("eventSerializer") Serializer eventSerializer,
                              ProcessorTokens tokens, CaseKeys keys,
                              List<RebuildableReadModel> rebuildable, ObjectProvider<RebuildListener> listeners,
                              Environment environment, EventStoreProperties events,
                              @Value("${casebook.projections.rebuild.page-size:2000}") int pageSize,
                              @Value("${casebook.projections.rebuild.gather:PT0.1S}") Duration gather,
                              @Value("${casebook.projections.rebuild.orphaned-after:PT30S}") Duration orphanedAfter,
                              @Value("${casebook.projections.rebuild.resume-interval:PT10S}") Duration resumeInterval) {
        this.processing = processing;
        this.axon = axon;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.eventSerializer = eventSerializer;
        this.tokens = tokens;
        this.keys = keys;
        rebuildable.forEach(model -> readModels.put(model.name(), model));
        this.listeners = listeners;
        this.environment = environment;
        this.events = events;
        this.pageSize = pageSize;
        this.gather = gather;
        this.orphanedAfter = orphanedAfter;
        runner.scheduleWithFixedDelay(this::resumeQuietly, resumeInterval.toMillis(), resumeInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Asks for a rebuild of the named read model. Answers false if there is no such streaming processor. The rebuild
     * runs in the background; a request for one already asked for and not yet swapped in is that one.
     */
    public boolean request(String readModel) {
        String name = ReadModels.processorOf(readModel);
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return false;
        }
        if (modelsOf(name).isEmpty()) {
            replay(name);
            return true;
        }
        try {
            jdbc.update("INSERT INTO projection_rebuild (processor_name, requested_at) SELECT ?, CURRENT_TIMESTAMP"
                    + " WHERE NOT EXISTS (SELECT 1 FROM projection_rebuild WHERE processor_name = ?)", name, name);
        } catch (DuplicateKeyException alreadyAsked) {
            // another request got there first: that one is this one
        }
        runner.schedule(this::resumeQuietly, gather.toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    /** Whether a rebuild of the read model has been asked for (on any node) and not yet swapped in. */
    public boolean pending(String readModel) {
        String name = ReadModels.processorOf(readModel);
        return running.containsKey(name) || Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT count(*) > 0 FROM projection_rebuild WHERE processor_name = ?", Boolean.class, name));
    }

    /** The progress of a bulk rebuild of the read model running on this node, if one is. */
    public Optional<RebuildProgress> progress(String readModel) {
        return Optional.ofNullable(running.get(ReadModels.processorOf(readModel)));
    }

    /** The read models the processor feeds that can be rebuilt in bulk. */
    private List<RebuildableReadModel> modelsOf(String processor) {
        return readModels.values().stream()
                .filter(model -> ReadModels.processorOf(model.name()).equals(processor)).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAfterStart() {
        runner.execute(this::resumeQuietly);
    }

    /**
     * Stops looking for rebuild requests when the application closes. Without this the runner outlived its context
     * (seen in the test suite, where contexts close while the JVM goes on): every few seconds it asked a closed
     * connection pool for work and logged the failure. A rebuild interrupted here is resumed by the next node to
     * start, from {@code projection_rebuild}, as after a crash.
     */
    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Takes and runs the requests no live node is working on: new ones, and those of a node that died. */
    void resumeQuietly() {
        try {
            List<String> names = claim();
            if (!names.isEmpty()) {
                rebuild(names);
            }
        } catch (Throwable failure) {
            // Also an Error: the next resume must still run (a periodic task that throws is never run again).
            log.error("Projection rebuild could not run: {}", SafeLog.describe(failure));
        }
    }

    private List<String> claim() {
        List<String> claimed = new ArrayList<>();
        for (String name : jdbc.queryForList("SELECT processor_name FROM projection_rebuild ORDER BY processor_name",
                String.class)) {
            if (modelsOf(name).isEmpty()) {
                continue; // a processor another version of the service knows how to rebuild
            }
            // The interval is written out (a configured number, not input): H2 cannot type "? * INTERVAL".
            int taken = jdbc.update("""
                    UPDATE projection_rebuild SET node_id = ?, heartbeat = CURRENT_TIMESTAMP
                    WHERE processor_name = ? AND (node_id IS NULL OR node_id = ?
                        OR heartbeat < CURRENT_TIMESTAMP - INTERVAL '%d' SECOND)""".formatted(
                            orphanedAfter.toSeconds()), NODE_ID, name, NODE_ID);
            if (taken == 1) {
                claimed.add(name);
            }
        }
        return claimed;
    }

    private void rebuild(List<String> names) throws Exception {
        List<String> tables = new ArrayList<>();
        List<AnnotationEventHandlerAdapter> adapters = new ArrayList<>();
        for (String name : names) {
            for (RebuildableReadModel model : modelsOf(name)) {
                tables.addAll(model.tables());
                adapters.add(new AnnotationEventHandlerAdapter(model.projectionWriting(jdbc)));
            }
        }
        Handlers handlers = new Handlers(adapters);
        long startedAt = System.nanoTime();
        long head = tokens.head();
        progress(names, "reading", -1, head);
        log.info("Bulk rebuild of {} started: {} events in the store", names, head);
        try {
            shadows().create(tables);
            StoredEventPages pages = new StoredEventPages(jdbc, eventSerializer, axon.upcasterChain(),
                    handlers::handle, keys, pageSize,
                    events.commandTimeout().multipliedBy(2));
            long read;
            long filledAt;
            try (ShadowAppender appender = new ShadowAppender(jdbc, shadows().transactionalDdl())) {
                // Read at each rebuild (not at start-up) so that a test can make a rebuild write and read back rows.
                ShadowFill fill = new ShadowFill(appender, environment.getProperty(
                        "casebook.projections.rebuild.held-cases", Integer.class, HELD_CASES));
                read = fill(names, pages, handlers, fill, head);
                filledAt = System.nanoTime();
                transactions.executeWithoutResult(status -> fill.finish());
            }
            long finishedAt = System.nanoTime();
            progress(names, "indexing", pages.position(), head);
            shadows().index(tables);
            long indexedAt = System.nanoTime();
            log.info("Bulk rebuild of {}: read and wrote pages for {} ms, wrote the rows held in memory for {} ms,"
                    + " made the shadows logged and indexed them in {} ms", names, (filledAt - startedAt) / 1_000_000,
                    (finishedAt - filledAt) / 1_000_000, (indexedAt - finishedAt) / 1_000_000);
            progress(names, "swapping", pages.position(), head);
            swapIn(names, tables, pages.position(), pages.gaps());
            log.info("Bulk rebuild of {} swapped in at position {}: {} events read in {} ms", names,
                    pages.position(), read, (System.nanoTime() - startedAt) / 1_000_000);
        } catch (RebuildTakenOver takenOver) {
            log.warn("Bulk rebuild of {} was taken over by another node", names);
        } catch (Exception failure) {
            log.error("Bulk rebuild of {} failed ({}); replaying through the processors instead", names,
                    SafeLog.describe(failure));
            shadows().drop(tables);
            for (String name : names) {
                jdbc.update("DELETE FROM projection_rebuild WHERE processor_name = ? AND node_id = ?", name, NODE_ID);
                replay(name);
            }
        } finally {
            names.forEach(running::remove);
        }
    }

    /** Reads the store on a thread of its own and handles each page here; answers the number of events read. */
    private long fill(List<String> names, StoredEventPages pages, Handlers handlers, ShadowFill fill, long head)
            throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
        // Pages are read one after another, and deserialised two at a time (the read's largest cost), in order.
        ExecutorService decoders = Executors.newFixedThreadPool(2,
                daemon("projection-rebuild-decoder"));
        Thread reader = daemon("projection-rebuild-reader").newThread(() -> {
            try {
                while (true) {
                    StoredEventPages.Fetched fetched = pages.fetch();
                    queue.put(decoders.submit(() -> pages.decode(fetched)));
                    if (fetched.rows().isEmpty()) {
                        return;
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error failure) {
                queue.offer(failure);
            }
        });
        reader.start();
        long read = 0;
        long beat = System.nanoTime();
        long waiting = 0;
        long handling = 0;
        try {
            while (true) {
                long before = System.nanoTime();
                Object next = queue.poll(60, TimeUnit.SECONDS);
                if (next == null) {
                    throw new IllegalStateException("the store reader stopped answering");
                }
                if (next instanceof Throwable failure) {
                    throw failure instanceof Exception exception ? exception : new IllegalStateException(failure);
                }
                StoredEventPages.Page page;
                try {
                    page = (StoredEventPages.Page) ((Future<?>) next).get();
                } catch (ExecutionException failed) {
                    throw failed.getCause() instanceof Exception exception ? exception
                            : new IllegalStateException(failed.getCause());
                } finally {
                    waiting += System.nanoTime() - before;
                }
                if (page.read() == 0) {
                    // Which side bounds the rebuild: waiting for the reader, or handling and writing (performance.md).
                    log.info("Bulk rebuild of {}: waited {} ms for the store reader, handled and wrote for {} ms", names,
                            waiting / 1_000_000, handling / 1_000_000);
                    return read;
                }
                long handleStart = System.nanoTime();
                handle(page.events(), handlers, fill);
                handling += System.nanoTime() - handleStart;
                read += page.read();
                RebuildProgress progress = progress(names, "reading", page.position(), head);
                if (System.nanoTime() - beat > HEARTBEAT_EVERY_NANOS) {
                    heartbeat(names);
                    beat = System.nanoTime();
                }
                listeners.orderedStream().forEach(listener -> listener.pageWritten(progress));
            }
        } finally {
            reader.interrupt();
            decoders.shutdownNow();
        }
    }

    /** One page through both projections' handlers in a batching unit of work: their batches write at its commit. */
    private void handle(List<DomainEventMessage<?>> events, Handlers handlers, ShadowFill fill) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(events));
            fill.joinUnitOfWork(unitOfWork);
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
                EventMessage<?> event = unitOfWork.getMessage();
                for (AnnotationEventHandlerAdapter handler : handlers.of(event.getPayloadType())) {
                    handler.handle(event);
                }
                return null;
            }, RollbackConfigurationType.ANY_THROWABLE);
            if (result.isExceptional()) {
                throw new IllegalStateException("a read model refused an event of the rebuild",
                        result.exceptionResult());
            }
        });
    }

    /**
     * Stops this node's processors, swaps the shadows in and hands over the tokens in one transaction, and starts
     * the processors again, whatever happened.
     */
    private void swapIn(List<String> names, List<String> tables, long position, Set<Long> gaps) throws Exception {
        List<StreamingEventProcessor> processors = names.stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow())
                .toList();
        for (StreamingEventProcessor processor : processors) {
            processor.shutdownAsync().get(60, TimeUnit.SECONDS);
        }
        try {
            transactions.executeWithoutResult(status -> {
                heartbeat(names);
                shadows().swapIn(tables);
                GapAwareTrackingToken token = position < 0 ? null : GapAwareTrackingToken.newInstance(position, gaps);
                for (String name : names) {
                    tokens.handOver(name, token, NODE_ID, environment.getProperty(
                            "axon.eventhandling.processors." + name + ".initial-segment-count", Integer.class, 1));
                    for (RebuildableReadModel model : modelsOf(name)) {
                        jdbc.update("DELETE FROM " + ProjectionDeadLetters.TABLE + " WHERE processing_group = ?",
                                model.name());
                    }
                    jdbc.update("DELETE FROM projection_rebuild WHERE processor_name = ?", name);
                }
            });
            shadows().afterSwap(tables);
        } finally {
            processors.forEach(StreamingEventProcessor::start);
        }
    }

    /** Beats for the requests this node works on; a request another node has taken means this one must stop. */
    private void heartbeat(List<String> names) {
        for (String name : names) {
            if (jdbc.update("UPDATE projection_rebuild SET heartbeat = CURRENT_TIMESTAMP WHERE processor_name = ?"
                    + " AND node_id = ?", name, NODE_ID) != 1) {
                throw new RebuildTakenOver();
            }
        }
    }

    /**
     * Axon's replay: reset the tokens (the reset handlers empty the tables, the queues are emptied) and start again.
     * Resetting the processor of the named read model replays every read model it feeds.
     */
    public void replay(String readModel) {
        String name = ReadModels.processorOf(readModel);
        processing.eventProcessor(name, StreamingEventProcessor.class).ifPresent(processor -> runner.execute(() -> {
            try {
                processor.shutdownAsync().get();
                processor.resetTokens();
                processor.start();
            } catch (Exception failure) {
                log.error("Replay of projection {} failed: {}", name, SafeLog.describe(failure));
                if (!processor.isRunning()) {
                    processor.start();
                }
            }
        }));
    }

    /** Records the progress of a rebuild of the named processors, showing the read models they feed. */
    private RebuildProgress progress(List<String> names, String phase, long position, long head) {
        List<String> rebuilt = names.stream()
                .flatMap(name -> modelsOf(name).stream().map(RebuildableReadModel::name)).toList();
        RebuildProgress progress = new RebuildProgress(rebuilt, phase, position, head);
        names.forEach(name -> running.put(name, progress));
        return progress;
    }


    /** Read at each rebuild, like the held cases, so that a test can rebuild into unlogged shadows too. */
    private synchronized ShadowTables shadows() {
        boolean unlogged = environment.getProperty("casebook.projections.rebuild.unlogged", Boolean.class, false);
        if (shadows == null || shadows.unlogged() != unlogged) {
            shadows = new ShadowTables(jdbc, unlogged);
        }
        return shadows;
    }

    /** Threads of the rebuild, named for thread dumps, that never keep the JVM alive. */
    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The read models' handlers by payload type, looked up once per type rather than once per event. */
    private static final class Handlers {
        private final List<AnnotationEventHandlerAdapter> adapters;
        private final Map<Class<?>, List<AnnotationEventHandlerAdapter>> byType = new ConcurrentHashMap<>();

        Handlers(List<AnnotationEventHandlerAdapter> adapters) {
            this.adapters = adapters;
        }

        List<AnnotationEventHandlerAdapter> of(Class<?> type) {
            return byType.computeIfAbsent(type, key -> adapters.stream()
                    .filter(adapter -> adapter.canHandleType(key)).toList());
        }

        boolean handle(Class<?> type) {
            return !of(type).isEmpty();
        }
    }

    /** Another node took this rebuild over (this one stopped beating for longer than the orphan timeout). */
    private static final class RebuildTakenOver extends RuntimeException {
        RebuildTakenOver() {
            super("rebuild taken over by another node", null, false, false);
        }
    }
}

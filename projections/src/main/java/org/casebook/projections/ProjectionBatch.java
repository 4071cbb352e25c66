package org.casebook.projections;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What one projection writes for one batch of events: its handlers change rows in memory and the batch writes them
 * in a few JDBC batches when the processor's unit of work prepares to commit, in the same transaction as the
 * processor's token. A batch of 500 events thus costs a handful of round trips to the database instead of one or
 * two per event, which is what makes a rebuild of a large store fast (docs/performance.md).
 */
public interface ProjectionBatch {

    /** Writes everything this batch changed. Runs inside the processor's transaction. */
    void flush();

    /**
     * The batch of the unit of work now running, created on first use with the aggregate identifiers of all the
     * events in it (so that a batch can read the rows it will touch in one query). Outside a unit of work, as in a
     * direct call, a batch of one event that the caller must flush. {@code resource}: the name the batch is kept
     * under in the unit of work, a constant of the projection's (made once: this runs for every event).
     */
    static <B extends ProjectionBatch> B current(String resource, Function<Set<String>, B> create) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(resource, key -> {
            B batch = create.apply(casesIn(root));
            root.onPrepareCommit(unitOfWork -> batch.flush());
            return batch;
        });
    }

    /** The unit-of-work resource name for a projection's batch. */
    static String resourceOf(String projection) {
        return "casebook.projection-batch." + projection;
    }

    /** Runs {@code work} against the current batch, or, outside a unit of work, a batch written at once. */
    static <B extends ProjectionBatch, R> R apply(String resource, Function<Set<String>, B> create,
                                                 Function<B, R> work) {
        B batch = current(resource, create);
        if (batch != null) {
            return work.apply(batch);
        }
        B single = create.apply(Set.of());
        R result = work.apply(single);
        single.flush();
        return result;
    }

    /** {@code IN (?, ?, ...)} for {@code count} values: portable to H2, unlike array parameters. */
    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /**
     * The case (aggregate) identifiers of every event in the unit of work's batch, whose rows a batch reads in one
     * query up front. Every one of them, including a case whose first event is in the batch: Axon delivers events at
     * least once, and a batch may hold a case's enquiry again, with events after it that the read models have not
     * seen, while the case's rows are already there (a pooled processor reopening its stream from a lower token after
     * a restart; the crash harness found it, RedeliveryIT makes it). A batch that took such a case for new would build
     * its rows from nothing and lose the events after the enquiry (ADR 0022, amendment withdrawn).
     */
    static Set<String> casesIn(UnitOfWork<?> unitOfWork) {
        Set<String> cases = new LinkedHashSet<>();
        // A dead letter's retry runs in a unit of work of its own whose root may hold no message.
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : Stream.ofNullable(unitOfWork.getMessage()).toList();
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                cases.add(event.getAggregateIdentifier());
            }
        }
        return cases;
    }
}

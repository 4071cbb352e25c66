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
import org.casebook.domain.casework.Case;

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
    static <B extends ProjectionBatch> B current(String resource, Function<BatchCases, B> create) {
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
    static <B extends ProjectionBatch, R> R apply(String resource, Function<BatchCases, B> create,
                                                 Function<B, R> work) {
        B batch = current(resource, create);
        if (batch != null) {
            return work.apply(batch);
        }
        B single = create.apply(BatchCases.NONE);
        R result = work.apply(single);
        single.flush();
        return result;
    }

    /** {@code IN (?, ?, ...)} for {@code count} values: portable to H2, unlike array parameters. */
    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /**
     * The cases of a batch's events: {@code existing}, whose rows a batch reads in one query up front, and
     * {@code opened}, whose first event (sequence 0) is in the batch, so that no read model holds a row of theirs yet:
     * a case's rows and the token that passed its first event commit in one transaction (ADR 14), and a replay starts
     * from emptied tables. Not reading those saves a batch of enquiries both read models' queries.
     */
    record BatchCases(Set<String> existing, Set<String> opened) {
        public static final BatchCases NONE = new BatchCases(Set.of(), Set.of());
    }

    /** The aggregate type of cases, whose first event opens their rows (Axon names it after the class). */
    String CASE_AGGREGATE = Case.class.getSimpleName();

    /** The cases of every event in the unit of work's batch. */
    static BatchCases casesIn(UnitOfWork<?> unitOfWork) {
        Set<String> touched = new LinkedHashSet<>();
        Set<String> opened = new LinkedHashSet<>();
        // A dead letter's retry runs in a unit of work of its own whose root may hold no message.
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : Stream.ofNullable(unitOfWork.getMessage()).toList();
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                touched.add(event.getAggregateIdentifier());
                if (event.getSequenceNumber() == 0 && CASE_AGGREGATE.equals(event.getType())) {
                    opened.add(event.getAggregateIdentifier());
                }
            }
        }
        touched.removeAll(opened);
        return new BatchCases(touched, opened);
    }
}

package org.casebook.adapters.eventprocessing;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.axonframework.common.AxonTransientException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Decides what a read model's failure on one event means.
 * <p>
 * A poison event (the projection cannot handle it, and will not until someone fixes code or data) is parked, with
 * the number of times handling it has failed in the letter's diagnostics ({@value #FAILURES}).
 * <p>
 * A transient failure is not the event's fault: with the database down or overloaded (no connection, a timeout, a
 * deadlock or serialization failure, an administrator's shutdown), parking would fill the queue with healthy events
 * and leave the read models with holes until someone retried by hand. Throwing instead fails the batch, which the
 * processor retries with back-off from its last token, so the read model simply catches up once the database is
 * back. During a manual retry of parked letters the same throw fails that request (503), and the letters stay
 * parked. The whole cause chain is examined, because Axon and Spring wrap the driver's exception.
 */
public class PoisonEventPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** Diagnostics key: how many times handling this event has failed, first attempt and retries together. */
    public static final String FAILURES = "failures";

    private static final Logger log = LoggerFactory.getLogger(PoisonEventPolicy.class);

    private final String processingGroup;

    public PoisonEventPolicy(String processingGroup) {
        this.processingGroup = processingGroup;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable failure) {
        if (isTransient(failure)) {
            throw new TransientProjectionFailure(failure);
        }
        // Identifiers and class names only: the exception's message may quote what was being written.
        log.warn("Projection {} parked event {} ({}): {}", processingGroup, letter.message().getIdentifier(),
                letter.message().getPayloadType().getSimpleName(), SafeCauseStatementFactory.classChain(failure));
        return Decisions.requeue(failure,
                parked -> parked.diagnostics().and(FAILURES, failures(parked.diagnostics()) + 1));
    }

    static int failures(MetaData diagnostics) {
        return diagnostics.get(FAILURES) instanceof Number count ? count.intValue() : 0;
    }

    public static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException || cause instanceof AxonTransientException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || (cause instanceof SQLException sql && transientState(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes that a later attempt may pass: 08 connection exception, 40 transaction rollback (serialization
     * failure, deadlock), 53 insufficient resources, 57P operator intervention (shutdown, cannot connect now).
     */
    private static boolean transientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P"));
    }
}

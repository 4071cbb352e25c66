package org.casebook.adapters.eventprocessing;

/**
 * A read model failed for a reason that waiting cures (the database unreachable, a deadlock, a timeout): the batch is
 * retried by its processor, nothing is parked. The message is fixed; the cause keeps the detail for the log, which
 * must describe it with {@code SafeLog}.
 */
public class TransientProjectionFailure extends RuntimeException {

    public TransientProjectionFailure(Throwable cause) {
        super("transient failure while updating a read model; the batch will be retried", cause);
    }
}

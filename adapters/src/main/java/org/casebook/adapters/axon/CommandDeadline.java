package org.casebook.adapters.axon;

import java.time.Duration;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.QueryTimeoutException;

/**
 * Rolls back a command whose unit of work (loading the case, deciding, appending its events) is not ready to commit
 * within the command timeout, so that no append transaction can commit after Axon's processors stop waiting for its
 * global index (see {@link EventStoreProperties} for the arithmetic).
 *
 * <p>The check is registered after the handler has run, so it comes after the event store's own prepare-commit step
 * (the INSERT) and is the last thing before the commit. PostgreSQL bounds the rest: every statement
 * ({@code statement_timeout}) and every idle moment inside a transaction ({@code idle_in_transaction_session_timeout}),
 * application-postgres.yml.
 */
public class CommandDeadline implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Duration timeout;

    public CommandDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        long started = System.nanoTime();
        Object result = chain.proceed();
        unitOfWork.onPrepareCommit(work -> {
            if (System.nanoTime() - started > timeout.toNanos()) {
                throw new CommandTimedOut(timeout);
            }
        });
        return result;
    }

    /**
     * The command took longer than its timeout and nothing was recorded. A transient data-access failure, so it is
     * answered like a database that is too slow: 503 with Retry-After.
     */
    public static class CommandTimedOut extends QueryTimeoutException {
        CommandTimedOut(Duration timeout) {
            super("command not ready to commit within " + timeout + "; rolled back");
        }
    }
}

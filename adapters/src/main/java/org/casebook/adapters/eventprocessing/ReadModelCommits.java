package org.casebook.adapters.eventprocessing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets a read model's batch commit without waiting for PostgreSQL to flush it to disk ({@code SET LOCAL
 * synchronous_commit TO OFF}, this transaction only). A read model is derived data: its rows and its processor's
 * token commit in one transaction, and PostgreSQL loses only a suffix of such asynchronous commits in a crash, never
 * part of one, so after a crash the processor resumes from its last durable token and writes the same rows again.
 * The events themselves, idempotency records and the access audit keep synchronous commits. Measured (issue 12,
 * ADR 0024): every event cost each read model a WAL flush of its own, queued behind and ahead of the commands'.
 */
final class ReadModelCommits implements MessageHandlerInterceptor<EventMessage<?>> {

    private final JdbcTemplate jdbc;

    ReadModelCommits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.root() instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        }
        return chain.proceed();
    }
}

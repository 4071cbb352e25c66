package org.casebook.adapters.eventprocessing;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Settings local to a read model's batch transaction on PostgreSQL, made in one round trip at the batch's first
 * message ({@code set_config(…, true)} is {@code SET LOCAL}: they end with the transaction, and the connection goes
 * back to the pool as it came).
 * <ul>
 *   <li>{@code synchronous_commit = off} (ADR 0024): the batch commits without waiting for PostgreSQL to flush it to
 *       disk. A read model is derived data: its rows and its processor's token commit in one transaction, and
 *       PostgreSQL loses only a suffix of such asynchronous commits in a crash, never part of one, so after a crash
 *       the processor resumes from its last durable token and writes the same rows again. The events themselves,
 *       idempotency records and the access audit keep synchronous commits. Measured (issue 12): every event cost each
 *       read model a WAL flush of its own, queued behind and ahead of the commands'.</li>
 *   <li>{@code enable_seqscan = off} (ADR 0031): a batch reads the rows of its own cases by primary key. pgJDBC
 *       prepares a statement on the server after five uses, and PostgreSQL then keeps one generic plan for it, made
 *       for the table as it was then. A read model's tables start empty, and a plan made while they held a page or
 *       two is a sequential scan, kept for the connection's life (30 minutes) unless an {@code ANALYZE} replaces it.
 *       Measured with autovacuum off: 0.5–1 ms a read at a few thousand cases, against 0.02–0.04 by the index. Every
 *       statement a batch sends has the index it needs, or (a whole-table reset) no choice to make.</li>
 * </ul>
 */
final class ReadModelTransactions implements MessageHandlerInterceptor<EventMessage<?>> {

    private final JdbcTemplate jdbc;
    private final String settings;

    ReadModelTransactions(JdbcTemplate jdbc, boolean asynchronousCommit) {
        this.jdbc = jdbc;
        List<String> calls = new ArrayList<>();
        calls.add("set_config('enable_seqscan', 'off', true)");
        if (asynchronousCommit) {
            calls.add("set_config('synchronous_commit', 'off', true)");
        }
        this.settings = "SELECT " + String.join(", ", calls);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.root() instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
            jdbc.query(settings, row -> { });
        }
        return chain.proceed();
    }
}

package org.casebook.adapters.consistency;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a wake-up once the events are visible to other connections. Axon's "after commit" is its unit of work's, and
 * a command with an {@code Idempotency-Key} runs inside an outer transaction that also stores the answer
 * (IdempotentCommands): Axon's unit of work joins it, so its "after commit" comes before the database commit. Readers
 * woken then find nothing yet and sleep until their next poll (found 2026-12-04: caseload reads after an idempotent
 * command waited about 100 ms, the fetch delay, at one client).
 */
final class AfterDatabaseCommit {

    private AfterDatabaseCommit() {
    }

    static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}

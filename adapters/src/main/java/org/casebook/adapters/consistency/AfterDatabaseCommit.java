package org.casebook.adapters.consistency;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once a command's events are visible to other connections, and never if they roll back. Axon's
 * "after commit" is its unit of work's, and a command with an {@code Idempotency-Key} runs inside an outer transaction
 * that also stores the answer (IdempotentCommands): Axon's unit of work joins it, so its "after commit" comes before
 * the database commit. Readers woken then found nothing yet and slept until their next poll (found 2026-12-04:
 * caseload reads after an idempotent command waited about 100 ms, the fetch delay, at one client), and a case cached
 * then could hold events the database rolled back (ADR 0029).
 */
public final class AfterDatabaseCommit {

    private AfterDatabaseCommit() {
    }

    public static void run(Runnable action) {
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

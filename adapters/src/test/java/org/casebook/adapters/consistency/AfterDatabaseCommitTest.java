package org.casebook.adapters.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class AfterDatabaseCommitTest {

    private final AtomicInteger woken = new AtomicInteger();

    @AfterEach
    void noTransactionLeftOpen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void withoutAnOpenTransactionItRunsAtOnce() {
        AfterDatabaseCommit.run(woken::incrementAndGet);
        assertThat(woken).hasValue(1);
    }

    @Test
    void insideAnOuterTransactionItWaitsForThatTransactionsCommit() {
        TransactionSynchronizationManager.initSynchronization();
        AfterDatabaseCommit.run(woken::incrementAndGet);
        assertThat(woken).as("before the outer commit").hasValue(0);

        TransactionSynchronizationUtils.triggerAfterCommit();
        assertThat(woken).as("after the outer commit").hasValue(1);
    }

    @Test
    void anOuterTransactionRolledBackWakesNobody() {
        TransactionSynchronizationManager.initSynchronization();
        AfterDatabaseCommit.run(woken::incrementAndGet);
        TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(woken).hasValue(0);
    }
}

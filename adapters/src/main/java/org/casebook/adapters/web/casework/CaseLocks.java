package org.casebook.adapters.web.casework;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Serialises commands on the same case within this node while their transaction is open. An idempotent command
 * commits its events together with its stored response, after Axon has already released its own aggregate lock;
 * without this, a second command on the same case could load the case before the first one's events commit and be
 * refused as a conflict. Across nodes the event table's unique (case, sequence) key still turns a race into a 409.
 */
@Component
class CaseLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    CaseLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    <T> T withLock(String caseId, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(caseId.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}

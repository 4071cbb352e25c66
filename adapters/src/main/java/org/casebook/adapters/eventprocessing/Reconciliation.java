package org.casebook.adapters.eventprocessing;

import java.time.Instant;

/**
 * What the reconciliation of one read model has found since start-up: when it last ran, up to which global index the
 * store has been checked for holes, how many holes it is still watching, how many watched holes were later filled by
 * a late commit, how many of those the read model had already passed (skipped), and how many skips were repaired by
 * rebuilding it. Counts, never event contents.
 */
public record Reconciliation(Instant lastRunAt, long checkedUpTo, int openHoles, long lateArrivals,
                             long skippedFound, long repaired) {

    static Reconciliation notYetRun() {
        return new Reconciliation(null, 0, 0, 0, 0, 0);
    }
}

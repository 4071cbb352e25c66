package org.casebook.adapters.eventprocessing;

import java.util.List;

/**
 * Where a read model has got to: the lowest global index its segments have processed, the newest in the store, the
 * difference, and whether it is replaying (rebuilding) or idle. {@code deadLetters} counts the events it has parked
 * as poison (and those of the same cases waiting behind them): they are not in the read model although its lag may
 * be 0. {@code rebuild}: a bulk rebuild running on this node, how far it has got (null when none; {@code replaying} is
 * true while a rebuild is asked for on any node and not yet swapped in). {@code reconciliation}: what the late-commit check has found ({@link ProjectionReconciler}).
 */
public record ProjectionStatus(String name, long position, long head, long lag, boolean running, boolean replaying,
                               int segments, List<Integer> claimedSegments, String error,
                               Reconciliation reconciliation, long deadLetters, RebuildProgress rebuild) {
}

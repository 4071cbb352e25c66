package org.casebook.adapters.eventprocessing;

import java.util.List;

/**
 * How far a bulk rebuild running on this node has got: its read models, its phase ({@code reading} the store into
 * the shadow tables, {@code indexing} them, {@code swapping} them in), the global index it has read up to, and the
 * head of the store when it started.
 */
public record RebuildProgress(List<String> readModels, String phase, long position, long head) {

    /** The share of the store read, 0 to 1. */
    public double share() {
        return head <= 0 ? 1.0 : Math.min(1.0, Math.max(0, position) / (double) head);
    }
}

package org.casebook.adapters.consistency;

/**
 * Where a command's last event went: its global index in the store and the aggregate it belongs to (which says which
 * segment of a read model handles it). {@code aggregateId} is null when only the position is known.
 */
public record Written(long position, String aggregateId) {

    /** A command that appended nothing: there is nothing to wait for. */
    public static final Written NOTHING = new Written(0, null);
}

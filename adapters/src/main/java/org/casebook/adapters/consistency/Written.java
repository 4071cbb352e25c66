package org.casebook.adapters.consistency;

/**
 * Where a command's last event went: its global index in the store and the aggregate it belongs to. A read waits for
 * every segment to pass the position ({@link ReadModelProgress}), so the aggregate (null when only the position is
 * known) says which case it was, for the idempotency record, and no longer which segment to ask.
 */
public record Written(long position, String aggregateId) {

    /** A command that appended nothing: there is nothing to wait for. */
    public static final Written NOTHING = new Written(0, null);
}

package org.casebook.adapters.consistency;

/**
 * Where a command's last event went: its global index in the store. A read waits for every segment of the read
 * models to pass it ({@link ReadModelProgress}), so which case the event was of does not matter.
 */
public record Written(long position) {

    /** A command that appended nothing: there is nothing to wait for. */
    public static final Written NOTHING = new Written(0);
}

package org.casebook.domain.casework;

/**
 * What a case command handler returns when the caller needs more than the case version (which it returns alone
 * otherwise, as a number).
 */
public interface VersionedResult {

    /** The case version after the command. */
    long version();
}

package org.casebook.adapters.integrity;

import java.time.Instant;

/**
 * The result of checking the whole event chain. {@code eventsChecked}: events of the chain recomputed and compared;
 * {@code intact}: none of them failed; {@code firstBrokenAt}: the global index of the first that did;
 * {@code chainedUpTo}: the last global index in the chain (null while it is empty); {@code unchained}: events stored
 * after it and not chained yet (the newest, or those waiting behind a gap that may still fill).
 */
public record IntegrityReport(long eventsChecked, boolean intact, Long firstBrokenAt, BrokenEvent firstBrokenEvent,
                              long brokenEvents, Long chainedUpTo, long unchained, Instant checkedAt) {

    /** Which event broke the chain and how. Identifiers only: never the event's data. */
    public record BrokenEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier,
                              Long sequenceNumber, Problem problem) {
    }

    public enum Problem {
        /** The row's content (any column) is not what was chained. */
        EVENT_CHANGED,
        /** The chain names an event whose row is gone. */
        EVENT_MISSING,
        /** An event sits between chained events without a link of its own: slipped in, or its link was removed. */
        EVENT_NOT_CHAINED,
        /** The link's own record of the previous hash has been altered. */
        LINK_CHANGED
    }
}

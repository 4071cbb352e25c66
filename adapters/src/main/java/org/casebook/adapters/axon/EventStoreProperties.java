package org.casebook.adapters.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long Axon's tracking processors wait for a hole in {@code global_index} to fill, and how long a command may hold
 * its append transaction.
 *
 * <p>{@code gapTimeout}: a processor that reads an event older than this, or (with more than
 * {@code gapCleaningThreshold} holes) an event just above a hole that is older than this, stops waiting for the holes
 * below it. An event whose transaction commits after that is never delivered (late commit). Axon's default is 60 s.
 *
 * <p>{@code commandTimeout}: a command's unit of work, append included, must be ready to commit within this time or
 * it is rolled back ({@link CommandDeadline}). A hole can only be given up while its own transaction is still open if
 * (time the hole's transaction is open) + (time between a later event's timestamp and its insert) exceeds the gap
 * timeout; both are bounded by the command timeout, so {@code 2 * commandTimeout + clock skew between nodes} must stay
 * under the gap timeout. The default, a third of the gap timeout (20 s of 60 s), leaves 20 s for skew and the commit.
 */
@ConfigurationProperties("casebook.events")
public record EventStoreProperties(Duration gapTimeout, Integer gapCleaningThreshold, Duration commandTimeout,
                                   Integer readBatchSize) {

    public EventStoreProperties {
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        gapCleaningThreshold = gapCleaningThreshold == null ? 250 : gapCleaningThreshold;
        commandTimeout = commandTimeout == null ? gapTimeout.dividedBy(3) : commandTimeout;
        // Axon's default is 100; 1,000 rows a query is what the raw keyset-read yardstick uses (docs/performance.md).
        readBatchSize = readBatchSize == null ? 1_000 : readBatchSize;
        if (gapTimeout.isNegative() || gapTimeout.isZero() || gapTimeout.toMillis() > Integer.MAX_VALUE
                || gapCleaningThreshold < 1 || readBatchSize < 1 || commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("casebook.events needs a positive gap timeout and command timeout"
                    + " and a gap cleaning threshold >= 1");
        }
    }

    /** Whether two command timeouts fit inside the gap timeout, the condition under which no late commit is lost. */
    public boolean commandTimeoutFitsGapTimeout() {
        return commandTimeout.multipliedBy(2).compareTo(gapTimeout) < 0;
    }
}

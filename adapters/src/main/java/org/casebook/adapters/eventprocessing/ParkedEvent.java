package org.casebook.adapters.eventprocessing;

import java.time.Instant;

/**
 * One event parked in a read model's dead-letter queue: which event, where it stands in the store and in its case,
 * and why it is there. No payload and nothing a parent said: the cause is exception class names only.
 *
 * @param globalIndex   its position in the event store (null if the event is no longer there)
 * @param eventType     the event's simple name, as in a case's history
 * @param caseId        the aggregate the event belongs to: the sequence it waits in
 * @param sequenceIndex its place among the parked events of that case (the lowest is retried first)
 * @param causeType     the exception that made the read model fail; null when the event only waits behind an
 *                      earlier parked event of the same case
 * @param causeChain    the exception classes beneath it, outermost first
 * @param failures      how many times handling this event has failed, first attempt and retries together
 */
public record ParkedEvent(String eventIdentifier, Long globalIndex, String eventType, String aggregateType,
                          String caseId, long sequenceIndex, Instant enqueuedAt, Instant lastTouched,
                          String causeType, String causeChain, int failures) {
}

package org.casebook.adapters.eventprocessing;

/**
 * What a retry of a read model's parked events did: how many cases' sequences were handled through to the end (and
 * left the queue), and what is still parked, because it failed again or was parked meanwhile.
 */
public record DeadLetterRetry(String name, int sequencesProcessed, long sequencesStillParked,
                              long deadLettersStillParked) {
}

package org.casebook.adapters.web.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code casebook_reads_wait_seconds{outcome}}: how long read-model queries waited for their read model to reach the
 * caller's position (contract, "Reading your own writes"), by how the wait ended. An operator reads from it how often
 * reads must wait, how long they do, and whether {@code max-wait} runs out; the benchmark's caseload latency alone
 * cannot tell the wait from the query (issue 12, 2026-12-06). No user, path or position as a tag.
 */
final class ReadWaits {

    /** How a wait ended; {@link #tag} is the metric's {@code outcome}. */
    enum Outcome {
        /** Nothing to wait for: no position, or the read model was there when asked. */
        NONE("none"),
        /** Waited, and the read model got there within {@code max-wait}. */
        IN_TIME("in_time"),
        /** {@code max-wait} ran out: answered with what the read model had, {@code Casebook-Stale: true}. */
        STALE("stale");

        final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }
    }

    private final Map<Outcome, Timer> timers = new EnumMap<>(Outcome.class);

    ReadWaits(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            timers.put(outcome, Timer.builder("casebook.reads.wait")
                    .description("Time a read-model query waited for its read model to reach the caller's position,"
                            + " by outcome")
                    .tag("outcome", outcome.tag)
                    .register(registry));
        }
    }

    void ended(Outcome outcome, long startedNanos) {
        timers.get(outcome).record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
}

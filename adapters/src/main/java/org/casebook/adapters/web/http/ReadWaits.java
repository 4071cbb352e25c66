package org.casebook.adapters.web.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * {@code casebook_reads_wait_seconds{outcome}}: how long read-model queries waited for their read model to reach the
 * caller's position (contract, "Reading your own writes"), by how the wait ended. An operator reads from it how often
 * reads must wait, how long they do, and whether {@code max-wait} runs out; the benchmark's caseload latency alone
 * cannot tell the wait from the query (issue 12, 2026-12-06). No user, path or position as a tag.
 */
final class ReadWaits {

    /** Nothing to wait for: no position, or the read model was there when asked. */
    static final String NONE = "none";
    /** Waited, and the read model got there within {@code max-wait}. */
    static final String IN_TIME = "in_time";
    /** {@code max-wait} ran out: answered with what the read model had, {@code Casebook-Stale: true}. */
    static final String STALE = "stale";

    private final Timer none;
    private final Timer inTime;
    private final Timer stale;

    ReadWaits(MeterRegistry registry) {
        this.none = timer(registry, NONE);
        this.inTime = timer(registry, IN_TIME);
        this.stale = timer(registry, STALE);
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder("casebook.reads.wait")
                .description("Time a read-model query waited for its read model to reach the caller's position,"
                        + " by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    void ended(String outcome, long startedNanos) {
        Timer timer = switch (outcome) {
            case NONE -> none;
            case IN_TIME -> inTime;
            case STALE -> stale;
            default -> throw new IllegalArgumentException("no such outcome");
        };
        timer.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
}

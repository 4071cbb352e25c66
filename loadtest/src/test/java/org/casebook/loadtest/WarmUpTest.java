package org.casebook.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the benchmark's report says of each service's warm-up (Benchmark.warmUp, ADR 0032's amendment). */
class WarmUpTest {

    @Test
    void aWarmUpThatEndedQuietSaysAfterHowLong() {
        assertEquals("Casebook warmed up for 112 s + 20 s, until a 10 s slice added under 0.5 s of JIT compilation",
                new Benchmark.WarmUp("Casebook", 112, 20, true).describe());
    }

    @Test
    void aWarmUpThatRanOutSaysTheCompilersWereStillBusy() {
        assertEquals("Axon peer warmed up for 112 s + 60 s, its JIT compilers still busy (measured anyway)",
                new Benchmark.WarmUp("Axon peer", 112, 60, false).describe());
    }

    @Test
    void noWarmUpIsNotCalledBusy() {
        assertEquals("Casebook not warmed up (--warmup=0)", new Benchmark.WarmUp("Casebook", 0, 0, false).describe());
    }
}

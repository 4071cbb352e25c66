package org.casebook.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The crash harness, short: casebook.jar (built by adapters' package phase) killed with SIGKILL three times under
 * eight clients, on the real PostgreSQL in a schema of its own (dropped afterwards). `.ci/crash-harness` is the long
 * version. Fails loudly if the jar or PostgreSQL is missing.
 */
class CrashHarnessIT {

    @Test
    void nothingAcknowledgedIsLostOrDoubledAcrossThreeKills() {
        CrashHarness.Result result = CrashHarness.run("--kills=3", "--clients=8", "--min-interval=2",
                "--max-interval=6", "--tail=4", "--out=target/crash-harness-it");

        assertTrue(result.passed(), result.summary());
        assertTrue(result.summary().contains("kills (SIGKILL) 3"), result.summary());
        assertEquals(0, result.failures().size(), result.summary());
    }
}

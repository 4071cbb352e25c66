package org.casebook.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves that a green crash-harness run means something: the harness itself deletes one acknowledged event and
 * duplicates another (each the newest of a case no client works on any more), and must then fail, naming both cases
 * and the commands whose events they were.
 */
class NegativeControlIT {

    @Test
    void aLostAndADuplicatedEventAreBothReportedWithTheirCaseAndCommand() {
        CrashHarness.Result result = CrashHarness.run("--kills=0", "--clients=4", "--tail=14",
                "--fault=drop,duplicate", "--out=target/negative-control-it");

        assertFalse(result.passed(), result.summary());
        assertEquals(2, result.tampered().size(), result.summary());
        String dropped = caseOf(result.tampered().get(0));
        String duplicated = caseOf(result.tampered().get(1));
        List<String> failures = result.failures();
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("LOST: case " + dropped)
                && f.contains("acknowledged command #")), result.summary());
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("case " + duplicated)
                && f.contains("DUPLICATE") && f.contains("Idempotency-Key")), result.summary());
    }

    /** "…: … of case <id> …" → the case id. */
    private static String caseOf(String tampered) {
        int at = tampered.indexOf("of case ") + "of case ".length();
        return tampered.substring(at, at + 36);
    }
}

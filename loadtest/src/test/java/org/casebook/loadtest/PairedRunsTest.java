package org.casebook.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedRunsTest {

    @Test
    void theRatioIsOfTheBuildsGeometricMeansAfterOverBefore() {
        List<PairedRuns.Turn> turns = List.of(turn(0, 100, 4.0), turn(1, 200, 2.0), turn(1, 50, 1.0),
                turn(0, 100, 1.0));

        // before: sqrt(100 * 100) = 100; after: sqrt(200 * 50) = 100
        assertEquals(1.0, PairedRuns.ratio(turns, PairedRuns.Turn::commandsPerSecond), 1e-9);
        // before: sqrt(4 * 1) = 2; after: sqrt(2 * 1) = 1.414...
        assertEquals(Math.sqrt(2) / 2, PairedRuns.ratio(turns, PairedRuns.Turn::cpuMs), 1e-9);
    }

    @Test
    void aStatementMissingFromATurnCountsAsNoCallsInItsBuildsMean() {
        List<PairedRuns.Turn> turns = List.of(
                new PairedRuns.Turn(0, 1, "", "", 1, 1, Map.of("SELECT 1", new double[] {2.0, 0.5}), ""),
                new PairedRuns.Turn(0, 1, "", "", 1, 1, Map.of(), ""),
                new PairedRuns.Turn(1, 1, "", "", 1, 1, Map.of("SELECT 1", new double[] {1.0, 0.25}), ""));

        String report = PairedRuns.report(List.of(Path.of("before.jar"), Path.of("after.jar")), turns, 1, 15, false);

        assertTrue(report.contains("| 1.000 / 1.000 | 0.2500 / 0.2500 | `SELECT 1` |"), report);
    }

    private static PairedRuns.Turn turn(int build, double perSecond, double cpuMs) {
        return new PairedRuns.Turn(build, perSecond, "", "", cpuMs, 1000, Map.of(), "");
    }
}

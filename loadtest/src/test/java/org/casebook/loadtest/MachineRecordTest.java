package org.casebook.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineRecordTest {

    private static final Instant FROM = Instant.parse("2026-12-06T06:20:02Z");
    private static final Instant TO = Instant.parse("2026-12-06T06:20:04Z");

    @Test
    void theCpuIsTheMeanOfTheSecondsInTheWindow() {
        List<String> vmstat = List.of(
                "procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu----- -----timestamp-----",
                " r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st                 UTC",
                " 3  0      0 19836660  64984 3961704    0    0   301  4508 1781 8581 70  9 21  0  0 2026-12-06 06:20:01",
                " 4  0      0 19836660  64984 3961704    0    0     0    56 1046 3000 90  4  2  2  2 2026-12-06 06:20:02",
                " 4  0      0 19836660  64984 3961704    0    0     0    56 1046 5000 80  6  8  4  2 2026-12-06 06:20:03",
                " 1  0      0 19836660  64984 3961704    0    0     0    56 1046 1000 10  1 89  0  0 2026-12-06 06:20:05");

        MachineRecord.Cpu cpu = MachineRecord.cpu(vmstat, FROM, TO);

        assertEquals(2, cpu.seconds());
        assertEquals(85.0, cpu.user(), 1e-9);
        assertEquals(5.0, cpu.system(), 1e-9);
        assertEquals(3.0, cpu.ioWait(), 1e-9);
        assertEquals(2.0, cpu.stolen(), 1e-9);
        assertEquals(4000.0, cpu.contextSwitchesPerSecond(), 1e-9);
    }

    @Test
    void onlyYoungPausesInTheWindowCount() {
        List<String> gc = List.of(
                "[2026-12-06T06:20:01.500+0000] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(512M) 9.000ms",
                "[2026-12-06T06:20:02.500+0000] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(512M) 3.500ms",
                "[2026-12-06T06:20:03.000+0000] GC(3) Pause Remark 200M->190M(512M) 7.000ms",
                "[2026-12-06T06:20:03.500+0000] GC(4) Pause Young (Prepare Mixed) (G1 Evacuation Pause) 1M->1M(8M) 1.500ms",
                "[2026-12-06T06:20:04.500+0000] GC(5) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(512M) 8.000ms");

        MachineRecord.YoungCollections young = MachineRecord.collections(gc, FROM, TO);

        assertEquals(2, young.pauses());
        assertEquals(5.0, young.pauseMillis(), 1e-9);
        assertEquals(3.5, young.longestMillis(), 1e-9);
        assertEquals("2.0, 5.0 ms, 3.5 ms", MachineRecord.describe(young, 1000));
    }
}

package org.casebook.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CpuBreakdownTest {

    @Test
    void groupsThreadsByWhatTheyDo() {
        assertEquals("requests", CpuBreakdown.group("http-nio-8080-exec-12"));
        assertEquals("read models", CpuBreakdown.group("WorkPackage[caseload]-3"));
        assertEquals("read models", CpuBreakdown.group("Coordinator[reports]-0"));
        assertEquals("event store", CpuBreakdown.group("EmbeddedEventSt"));
        assertEquals("GC and JIT", CpuBreakdown.group("C2 CompilerThre"));
        assertEquals("other", CpuBreakdown.group("main"));
    }

    @Test
    void countsTheCpuThisProcessSpendsPerRequest() {
        long pid = ProcessHandle.current().pid();
        CpuBreakdown before = CpuBreakdown.of(pid);
        long spin = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < spin) {
            sink += Math.sqrt(sink + 1);
        }
        CpuBreakdown per = CpuBreakdown.of(pid).since(before, 10);

        assertTrue(sink > 0);
        // 300 ms of this thread's CPU over 10 "requests": about 30 ms each, in "other" (the test's own thread).
        double other = per.get("other");
        assertTrue(other >= 15 && other <= 60, "ms per request in other threads: " + other);
        assertEquals(0.0, per.get("requests"));
    }
}

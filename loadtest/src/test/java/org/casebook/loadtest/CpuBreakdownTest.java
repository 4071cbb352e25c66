package org.casebook.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        // Burn 300 ms of this thread's own CPU (not of wall time, which a loaded machine would not turn into CPU).
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
        double sink = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                sink += Math.sqrt(sink + i);
            }
        }
        CpuBreakdown per = CpuBreakdown.of(pid).since(before, 10);

        assertTrue(sink > 0);
        // 300 ms of this thread's CPU over 10 "requests": at least 30 ms each (less a clock tick), in "other".
        double other = per.get("other");
        assertTrue(other >= 28 && other <= 100, "ms per request in other threads: " + other);
        assertEquals(0.0, per.get("requests"));
    }
}

package org.casebook.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JitWorkTest {

    @Test
    void readsTheTimeColumnOfJstatsOutput() {
        String output = """
                Compiled Failed Invalid   Time   FailedType FailedMethod
                   23160      0       0   195.94          0            \s
                """;

        assertEquals(195.94, JitWork.compileSeconds(output));
    }

    @Test
    void readsItWhenTheLastCompileFailed() {
        String output = """
                Compiled Failed Invalid   Time   FailedType FailedMethod
                   14375      1       0   119.02          1 java/net/URL <init>
                """;

        assertEquals(119.02, JitWork.compileSeconds(output));
    }

    @Test
    void refusesAnythingElse() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> JitWork.compileSeconds("12345 not found"));
        assertTrue(refused.getMessage().contains("not jstat"), refused.getMessage());
    }

    /** This test's own JVM has compiled something by now, and its compilers' time only grows. */
    @Test
    void readsARunningJvmsCompileTime() {
        long pid = ProcessHandle.current().pid();

        double first = JitWork.compileSeconds(pid);
        double second = JitWork.compileSeconds(pid);

        assertTrue(first > 0, "compile seconds " + first);
        assertTrue(second >= first, first + " then " + second);
    }
}

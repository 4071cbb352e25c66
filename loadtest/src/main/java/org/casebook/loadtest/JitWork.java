package org.casebook.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long a JVM's JIT compilers have worked so far, as the JDK's {@code jstat -compiler} reads it from that JVM's
 * own performance counters: the benchmark's warm-up goes on until a service's compilers are quiet
 * ({@link Benchmark#warmUp}).
 */
final class JitWork {

    private JitWork() {
    }

    /** Seconds the JVM with this process id has spent compiling since it started. */
    static double compileSeconds(long pid) {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        try {
            Process process = new ProcessBuilder(jstat.toString(), "-compiler", Long.toString(pid))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jstat -compiler " + pid + " failed: " + output.strip());
            }
            return compileSeconds(output);
        } catch (IOException failure) {
            throw new IllegalStateException("cannot run " + jstat, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the JIT's work", interrupted);
        }
    }

    /** The {@code Time} column of jstat's second line ({@code Compiled Failed Invalid Time FailedType ...}). */
    static double compileSeconds(String jstatOutput) {
        List<String> lines = jstatOutput.strip().lines().toList();
        if (lines.size() < 2 || !lines.get(0).trim().startsWith("Compiled")) {
            throw new IllegalStateException("not jstat -compiler's output: " + jstatOutput.strip());
        }
        List<String> header = List.of(lines.get(0).trim().split("\\s+"));
        String[] values = lines.get(1).trim().split("\\s+");
        return Double.parseDouble(values[header.indexOf("Time")]);
    }
}

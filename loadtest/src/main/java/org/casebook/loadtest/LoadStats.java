package org.casebook.loadtest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latencies (microseconds, HdrHistogram) and status classes per operation, plus all commands and all reads together.
 * Each figure is one request's own latency as the client saw it; the client waits for an answer before it sends its
 * next request, so under overload these percentiles understate what an open stream of users would see (coordinated
 * omission is not corrected).
 */
public final class LoadStats {

    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(120);

    private final Map<String, ConcurrentHistogram> byOperation = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> statusClasses = new ConcurrentHashMap<>();
    private final ConcurrentHistogram commands = histogram();
    private final ConcurrentHistogram reads = histogram();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder readsAnswered = new LongAdder();
    private final long startedNanos = System.nanoTime();
    private volatile long stoppedNanos;

    private static ConcurrentHistogram histogram() {
        return new ConcurrentHistogram(1, HIGHEST_MICROS, 3);
    }

    void record(String operation, boolean command, Http.Reply reply) {
        String key = (command ? "" : "read ") + operation;
        statusClasses.computeIfAbsent(key + " " + reply.statusClass(), k -> new LongAdder()).increment();
        statusClasses.computeIfAbsent((command ? "commands " : "reads ") + reply.statusClass(),
                k -> new LongAdder()).increment();
        if (!reply.answered()) {
            return; // a request without a response has no latency to speak of; it is counted as "none"
        }
        long micros = Math.min(HIGHEST_MICROS, Math.max(1, TimeUnit.NANOSECONDS.toMicros(reply.nanos())));
        byOperation.computeIfAbsent(key, k -> histogram()).recordValue(micros);
        if (command) {
            commands.recordValue(micros);
            if (reply.success()) {
                acknowledged.increment();
            }
        } else {
            reads.recordValue(micros);
            if (reply.success()) {
                readsAnswered.increment();
            }
        }
    }

    void stop() {
        stoppedNanos = System.nanoTime();
    }

    public double seconds() {
        long end = stoppedNanos == 0 ? System.nanoTime() : stoppedNanos;
        return (end - startedNanos) / 1e9;
    }

    public long acknowledgedCommands() {
        return acknowledged.sum();
    }

    public double commandsPerSecond() {
        return acknowledged.sum() / seconds();
    }

    public double readsPerSecond() {
        return readsAnswered.sum() / seconds();
    }

    public Histogram commandLatencies() {
        return commands;
    }

    /** Commands' p50 and p99 in ms, "p50 / p99", as the benchmark's tables print them. */
    public String commandP50AndP99() {
        return p50AndP99(commands);
    }

    /** Reads' p50 and p99 in ms, as {@link #commandP50AndP99()}. */
    public String readP50AndP99() {
        return p50AndP99(reads);
    }

    static String p50AndP99(Histogram histogram) {
        return millis(histogram, 50) + " / " + millis(histogram, 99);
    }

    public Histogram readLatencies() {
        return reads;
    }

    public long count(String statusKey) {
        LongAdder adder = statusClasses.get(statusKey);
        return adder == null ? 0 : adder.sum();
    }

    static String millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? "-"
                : String.format("%.1f", histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    /** A plain-text table: per operation, count, p50/p95/p99/max in ms; then the status classes. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-26s %8s %9s %9s %9s %9s%n", "operation", "answered", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        Map<String, Histogram> rows = new TreeMap<>(byOperation);
        rows.put("= all commands", commands);
        rows.put("= all reads", reads);
        rows.forEach((name, h) -> out.append(String.format("%-26s %8d %9s %9s %9s %9s%n", name, h.getTotalCount(),
                millis(h, 50), millis(h, 95), millis(h, 99), millis(h, 100))));
        out.append(String.format("%.1f s, %.1f acknowledged commands/s, %.1f reads/s%n", seconds(),
                commandsPerSecond(), readsPerSecond()));
        out.append("status classes: ").append(new TreeMap<>(statusClasses)).append('\n');
        return out.toString();
    }
}

package org.casebook.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time by where it was spent, from /proc (Linux): a service JVM's threads grouped by what they do (request
 * threads, event processors, the event store's reader, GC and JIT, the rest), and PostgreSQL's processes together.
 * Two snapshots around a measured phase, divided by the requests answered in it, say which side of a service costs
 * what, whatever else the machine was doing (issue 12: measured causes, not guesses). PostgreSQL's figure counts
 * every backend, so it means something only when the service measured is the only client.
 */
record CpuBreakdown(Map<String, Double> millis) {

    static final String[] GROUPS = {"requests", "read models", "event store", "GC and JIT", "other", "PostgreSQL"};

    static CpuBreakdown of(long pid) {
        Map<String, Double> millis = new LinkedHashMap<>();
        for (String group : GROUPS) {
            millis.put(group, 0.0);
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                String[] stat = stat(task.resolve("stat"));
                if (stat != null) {
                    millis.merge(group(stat[0]), ticks(stat), Double::sum);
                }
            });
        } catch (IOException | RuntimeException gone) {
            return new CpuBreakdown(Map.of());
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                String[] stat = stat(p.resolve("stat"));
                if (stat != null && stat[0].equals("postgres")) {
                    millis.merge("PostgreSQL", ticks(stat), Double::sum);
                }
            });
        } catch (IOException | RuntimeException gone) {
            millis.put("PostgreSQL", Double.NaN);
        }
        return new CpuBreakdown(millis);
    }

    /** Per request answered between {@code before} and this snapshot. */
    CpuBreakdown since(CpuBreakdown before, double requests) {
        Map<String, Double> per = new LinkedHashMap<>();
        for (String group : GROUPS) {
            per.put(group, (millis.getOrDefault(group, Double.NaN) - before.millis.getOrDefault(group, Double.NaN))
                    / Math.max(1, requests));
        }
        return new CpuBreakdown(per);
    }

    double get(String group) {
        return millis.getOrDefault(group, Double.NaN);
    }

    static String group(String thread) {
        if (thread.startsWith("http-nio")) {
            return "requests";
        }
        if (thread.startsWith("WorkPackage") || thread.startsWith("Coordinator") || thread.startsWith("read-model")) {
            return "read models";
        }
        if (thread.startsWith("EmbeddedEventSt")) {
            return "event store";
        }
        if (thread.startsWith("GC ") || thread.startsWith("G1 ") || thread.startsWith("C1 ")
                || thread.startsWith("C2 ") || thread.startsWith("VM Thread")) {
            return "GC and JIT";
        }
        return "other";
    }

    /** [comm, then the fields after it]; null if the task ended meanwhile. */
    private static String[] stat(Path file) {
        try {
            String stat = Files.readString(file);
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String[] rest = stat.substring(close + 2).split(" ");
            String[] out = new String[rest.length + 1];
            out[0] = stat.substring(open + 1, close);
            System.arraycopy(rest, 0, out, 1, rest.length);
            return out;
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    /** utime + stime (fields 14 and 15 of proc(5), here 12 and 13 after comm), clock ticks of 10 ms. */
    private static double ticks(String[] stat) {
        return (Long.parseLong(stat[12]) + Long.parseLong(stat[13])) * 10.0;
    }
}

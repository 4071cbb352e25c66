package org.casebook.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the machine and the services' collectors did while a run was measured, so that a run that comes out unlike
 * the last one says why: {@code vmstat} every second for the whole benchmark (user, system, I/O-wait and stolen CPU,
 * context switches), and each service's young collections from its own GC log ({@link #gcLogging}). Read back for
 * a window of wall-clock time: one service at one client count.
 *
 * <p>Why: on 2026-12-06 two full runs on the same code gave Casebook 1,619 and 1,087 enquiries/s at 16 clients while
 * the peer stayed at 1,649 and 1,691, and nothing recorded could tell why (performance.md).
 */
final class MachineRecord implements AutoCloseable {

    /** Means over a window; {@code NaN} where nothing was recorded. */
    record Cpu(double user, double system, double ioWait, double stolen, double contextSwitchesPerSecond,
               int seconds) {
    }

    /** Young collections in a window: how many, their pauses' sum and the longest. */
    record YoungCollections(int pauses, double pauseMillis, double longestMillis) {
    }

    private static final Pattern GC_PAUSE = Pattern.compile("^\\[([^\\]]+)\\].*Pause Young.* ([0-9.]+)ms\\s*$");
    private static final DateTimeFormatter GC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final DateTimeFormatter VMSTAT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path vmstatLog;
    private final Process vmstat;

    private MachineRecord(Path vmstatLog, Process vmstat) {
        this.vmstatLog = vmstatLog;
        this.vmstat = vmstat;
    }

    /** Starts {@code vmstat} into {@code dir/vmstat.log}; without vmstat on the machine, records nothing. */
    static MachineRecord start(Path dir) {
        Path log = dir.resolve("vmstat.log");
        try {
            Files.createDirectories(dir);
            Process process = new ProcessBuilder("vmstat", "-n", "-t", "1").redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            return new MachineRecord(log, process);
        } catch (IOException noVmstat) {
            Benchmark.say("vmstat not found: the machine's CPU is not recorded");
            return new MachineRecord(log, null);
        }
    }

    /** The JVM options that make a service log each collection, with wall-clock times, to {@code file}. */
    static List<String> gcLogging(Path file) {
        return List.of("-Xlog:gc:file=" + file.toAbsolutePath() + ":time");
    }

    Cpu cpu(Instant from, Instant to) {
        return cpu(lines(vmstatLog), from, to);
    }

    static Cpu cpu(List<String> vmstatLines, Instant from, Instant to) {
        List<String> names = null;
        double[] sums = new double[5];
        int seconds = 0;
        for (String line : vmstatLines) {
            String[] fields = line.trim().split("\\s+");
            if (line.contains(" us ") && line.contains(" st ")) {
                names = Arrays.asList(fields);
                continue;
            }
            if (names == null || fields.length < names.size() + 1 || !Character.isDigit(fields[0].charAt(0))) {
                continue;
            }
            // The last two fields are the date and time (the header's last column is the zone, UTC here).
            Instant at = LocalDateTime.parse(fields[fields.length - 2] + " " + fields[fields.length - 1], VMSTAT_TIME)
                    .toInstant(ZoneOffset.UTC);
            if (at.isBefore(from) || at.isAfter(to)) {
                continue;
            }
            int i = 0;
            for (String column : List.of("us", "sy", "wa", "st", "cs")) {
                sums[i++] += Double.parseDouble(fields[names.indexOf(column)]);
            }
            seconds++;
        }
        if (seconds == 0) {
            return new Cpu(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new Cpu(sums[0] / seconds, sums[1] / seconds, sums[2] / seconds, sums[3] / seconds,
                sums[4] / seconds, seconds);
    }

    static YoungCollections collections(Path gcLog, Instant from, Instant to) {
        return collections(lines(gcLog), from, to);
    }

    static YoungCollections collections(List<String> gcLines, Instant from, Instant to) {
        int pauses = 0;
        double sum = 0;
        double longest = 0;
        for (String line : gcLines) {
            Matcher pause = GC_PAUSE.matcher(line);
            if (!pause.matches()) {
                continue;
            }
            Instant at = OffsetDateTime.parse(pause.group(1), GC_TIME).toInstant();
            if (at.isBefore(from) || at.isAfter(to)) {
                continue;
            }
            double millis = Double.parseDouble(pause.group(2));
            pauses++;
            sum += millis;
            longest = Math.max(longest, millis);
        }
        return new YoungCollections(pauses, sum, longest);
    }

    static String describe(Cpu cpu) {
        return cpu.seconds() == 0 ? "-" : String.format(Locale.ROOT, "%.0f / %.0f / %.0f / %.0f, %.0f",
                cpu.user(), cpu.system(), cpu.ioWait(), cpu.stolen(), cpu.contextSwitchesPerSecond());
    }

    /** Per 1,000 requests: young pauses and their milliseconds; then the longest pause. */
    static String describe(YoungCollections collections, double requests) {
        double thousands = Math.max(requests, 1) / 1000;
        return String.format(Locale.ROOT, "%.1f, %.1f ms, %.1f ms", collections.pauses() / thousands,
                collections.pauseMillis() / thousands, collections.longestMillis());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    @Override
    public void close() {
        if (vmstat != null) {
            vmstat.destroy();
        }
    }
}

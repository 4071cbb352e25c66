package org.casebook.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Two builds of Casebook alone, judged against each other
 * ({@code .ci/benchmark --only=paired --jars=before.jar,after.jar}): both run side by side, each on a schema of its
 * own, and take turns under the mixed workload ({@code --workload=enquiries} for enquiry POSTs alone), the order
 * swapped every round ({@code --rounds=4}, {@code --duration=15} seconds each, {@code --clients=1}, after
 * {@code --warmup=90} seconds of each; {@code --second-args="--some.setting=x"} starts the second with settings of
 * its own, to judge a setting on one jar). For each turn:
 * commands per second, p50 and p99, the service's CPU per command, and what PostgreSQL did per command (WAL bytes
 * and, where {@code pg_stat_statements} is loaded, each statement's calls and time).
 *
 * <p>Why it exists: the quick comparison's baseline measured a jar 4-43 % faster than the same jar as its service
 * (docs/performance.md, 2026-12-05), so a change of a few per cent could not be seen there. Taking turns, with the
 * order swapped, shares the machine's drift between the two; queries per command barely drift at all. Read the
 * later rounds: on this machine each build's CPU per command still fell by half over the first two rounds after a
 * minute of warm-up at 4 clients (the JIT at work on two shared cores); the warm-up is now the benchmark's
 * ({@link Benchmark#warmUp}: longer). The one-client runs that found both of 2026-12-06's read-wait faults
 * were made with a scratch version of this.
 */
final class PairedRuns {

    /** One turn of one build. */
    record Turn(int build, double commandsPerSecond, String p50AndP99, String readP50AndP99, double cpuMs,
                double walBytes, Map<String, double[]> statements, String youngCollections) {
    }

    private PairedRuns() {
    }

    static void run(Options options, Path out) throws Exception {
        List<Path> jars = Stream.of(options.text("jars", "").split(",")).map(String::trim)
                .filter(jar -> !jar.isEmpty()).map(Path::of).toList();
        if (jars.size() != 2 || !jars.stream().allMatch(Files::isRegularFile)) {
            throw new IllegalArgumentException("--jars=<before.jar>,<after.jar>: two casebook.jar files, given "
                    + jars);
        }
        int clients = options.number("clients", 1);
        int seconds = options.number("duration", 15);
        int rounds = options.number("rounds", 4);
        int warmup = options.number("warmup", Benchmark.WARMUP_SECONDS);
        boolean enquiries = options.text("workload", "mixed").equals("enquiries");
        List<Database> databases = List.of(Database.fromEnvironment("casebook_pair_a"),
                Database.fromEnvironment("casebook_pair_b"));
        databases.forEach(Database::createSchema);
        List<Turn> turns = new ArrayList<>();
        // --second-args="--a.setting=x --another=y": the second build's own settings, to judge a setting on one jar.
        List<String> secondArguments = Stream.of(options.text("second-args", "").split(" "))
                .filter(argument -> !argument.isBlank()).toList();
        List<Path> gcLogs = List.of(out.resolve("paired-a-gc.log"), out.resolve("paired-b-gc.log"));
        try (CasebookProcess first = new CasebookProcess(jars.get(0), databases.get(0), CasebookProcess.freePort(),
                out.resolve("paired-a.log"), List.of(), MachineRecord.gcLogging(gcLogs.get(0)));
             CasebookProcess second = new CasebookProcess(jars.get(1), databases.get(1), CasebookProcess.freePort(),
                     out.resolve("paired-b.log"), secondArguments, MachineRecord.gcLogging(gcLogs.get(1)))) {
            List<CasebookProcess> services = List.of(first, second);
            List<Http> https = new ArrayList<>();
            List<StoreVerifier> verifiers = new ArrayList<>();
            for (int build = 0; build < 2; build++) {
                services.get(build).start(Duration.ofSeconds(600));
                https.add(new Http(services.get(build).baseUrl(), Duration.ofSeconds(10)));
                verifiers.add(new StoreVerifier(databases.get(build), https.get(build)));
            }
            for (int build = 0; build < 2; build++) {
                Benchmark.warmUp(jars.get(build).getFileName().toString(), https.get(build), warmup,
                        services.get(build).pid());
            }
            for (int round = 1; round <= rounds; round++) {
                for (int i = 0; i < 2; i++) {
                    int build = (round + i) % 2 == 1 ? 0 : 1;
                    if (!verifiers.get(build).awaitProjectionsCaughtUp(Duration.ofSeconds(120), "before a turn")) {
                        // A build whose read models fail does less work a command and would look faster
                        // (2026-12-06: a jar built over a stale target/). Its log says why.
                        throw new IllegalStateException(jars.get(build).getFileName() + "'s read models did not catch"
                                + " up before round " + round + ", so its figures would not compare; see "
                                + out.resolve(build == 0 ? "paired-a.log" : "paired-b.log"));
                    }
                    Turn turn = turn(build, https.get(build), services.get(build).pid(), databases.get(build),
                            clients, seconds, enquiries, gcLogs.get(build));
                    turns.add(turn);
                    Benchmark.say(String.format(Locale.ROOT, "round %d, %s: %.0f commands/s (%s ms; reads %s ms),"
                                    + " %.2f CPU ms and %.0f WAL bytes a command; young GC %s",
                            round, jars.get(build).getFileName(), turn.commandsPerSecond(), turn.p50AndP99(),
                            turn.readP50AndP99(), turn.cpuMs(), turn.walBytes(), turn.youngCollections()));
                }
            }
        } finally {
            databases.forEach(Database::dropSchema);
        }
        String report = report(jars, turns, clients, seconds, enquiries);
        System.out.println(report);
        Path written = Benchmark.keptReport(out.getFileName() + "-paired.md");
        Files.writeString(written, report);
        Benchmark.say("written to " + written.toAbsolutePath());
    }

    private static Turn turn(int build, Http http, long pid, Database database, int clients, int seconds,
                             boolean enquiries, Path gcLog) throws Exception {
        Map<String, double[]> before = statements(database);
        Instant from = Instant.now();
        double walBefore = walBytes(database);
        double cpuBefore = QuickComparison.cpuMillis(pid);
        double commands;
        double perSecond;
        String latencies;
        String readLatencies = "-";
        if (enquiries) {
            PeerComparison.Result result = PeerComparison.enquiries("casebook", http, clients, seconds);
            perSecond = result.perSecond();
            commands = perSecond * seconds;
            latencies = LoadStats.p50AndP99(result.latencies());
        } else {
            LoadStats stats = new LoadClient(http, new Journal(), clients, clients).runFor(Duration.ofSeconds(seconds));
            perSecond = stats.commandsPerSecond();
            commands = stats.acknowledgedCommands();
            latencies = stats.commandP50AndP99();
            // Reads wait for the reader's own last write: their latency is how far the read models trail.
            readLatencies = stats.readP50AndP99();
        }
        double cpu = QuickComparison.cpuMillis(pid) - cpuBefore;
        String young = MachineRecord.describe(MachineRecord.collections(gcLog, from, Instant.now()), commands);
        double wal = walBytes(database) - walBefore;
        Map<String, double[]> after = statements(database);
        Map<String, double[]> perCommand = new HashMap<>();
        after.forEach((query, figures) -> {
            double[] earlier = before.getOrDefault(query, new double[2]);
            double calls = figures[0] - earlier[0];
            if (calls > 0) {
                perCommand.put(query, new double[] {calls / commands, (figures[1] - earlier[1]) / commands});
            }
        });
        return new Turn(build, perSecond, latencies, readLatencies, cpu / Math.max(1, commands),
                wal / Math.max(1, commands), perCommand, young);
    }

    /** Each statement's calls and total execution time (ms), or nothing when pg_stat_statements is not loaded. */
    private static Map<String, double[]> statements(Database database) {
        Map<String, double[]> figures = new HashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT query, sum(calls), sum(total_exec_time)"
                     + " FROM public.pg_stat_statements GROUP BY query")) {
            while (rows.next()) {
                figures.put(rows.getString(1), new double[] {rows.getDouble(2), rows.getDouble(3)});
            }
        } catch (SQLException notLoaded) {
            return Map.of();
        }
        return figures;
    }

    private static double walBytes(Database database) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT wal_bytes FROM pg_stat_wal")) {
            return row.next() ? row.getDouble(1) : Double.NaN;
        } catch (SQLException unknown) {
            return Double.NaN;
        }
    }

    static String report(List<Path> jars, List<Turn> turns, int clients, int seconds, boolean enquiries) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Paired runs, %s at %d client(s), %d s a"
                        + " turn, turns alternating; each build's turns in order, then the ratio of their geometric"
                        + " means (after / before).%n%n| build | commands/s | p50 / p99 ms | reads' p50 / p99 ms |"
                        + " CPU ms a command | WAL bytes a command | young GC per 1,000 commands, ms, longest |%n"
                        + "|---|---|---|---|---|---|---|%n",
                enquiries ? "enquiry POSTs" : "the mixed workload", clients, seconds));
        for (int build = 0; build < 2; build++) {
            int b = build;
            List<Turn> own = turns.stream().filter(turn -> turn.build() == b).toList();
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n",
                    jars.get(build).getFileName(), join(own, Turn::commandsPerSecond, "%.0f"),
                    String.join(", ", own.stream().map(Turn::p50AndP99).toList()),
                    String.join(", ", own.stream().map(Turn::readP50AndP99).toList()),
                    join(own, Turn::cpuMs, "%.2f"), join(own, Turn::walBytes, "%.0f"),
                    String.join("; ", own.stream().map(Turn::youngCollections).toList())));
        }
        out.append(String.format(Locale.ROOT, "| after / before | %.3f | | | %.3f | %.3f | |%n",
                ratio(turns, Turn::commandsPerSecond), ratio(turns, Turn::cpuMs), ratio(turns, Turn::walBytes)));
        // Sums over each build's turns, then divided by its number of turns: a statement absent from a turn counts 0.
        Map<String, double[][]> statements = new HashMap<>();
        for (Turn turn : turns) {
            turn.statements().forEach((query, figures) -> {
                double[][] sums = statements.computeIfAbsent(query, q -> new double[2][3]);
                sums[turn.build()][0] += figures[0];
                sums[turn.build()][1] += figures[1];
            });
        }
        statements.values().forEach(sums -> {
            for (int build = 0; build < 2; build++) {
                int b = build;
                sums[build][2] = turns.stream().filter(turn -> turn.build() == b).count();
            }
        });
        if (!statements.isEmpty()) {
            out.append(String.format("%nStatements by database time a command (mean over turns), before / after:%n%n"
                    + "| calls a command | ms a command | statement |%n|---|---|---|%n"));
            statements.entrySet().stream()
                    .sorted((x, y) -> Double.compare(mean(y.getValue(), 1), mean(x.getValue(), 1))).limit(15)
                    .forEach(entry -> out.append(String.format(Locale.ROOT, "| %.3f / %.3f | %.4f / %.4f | `%s` |%n",
                            mean(entry.getValue()[0], 0), mean(entry.getValue()[1], 0),
                            mean(entry.getValue()[0], 1), mean(entry.getValue()[1], 1),
                            abbreviate(entry.getKey()))));
        }
        return out.toString();
    }

    private static String join(List<Turn> turns, java.util.function.ToDoubleFunction<Turn> figure, String format) {
        return String.join(", ", turns.stream().map(turn -> String.format(Locale.ROOT, format,
                figure.applyAsDouble(turn))).toList());
    }

    /** The ratio of the two builds' geometric means: after (the second jar) over before. */
    static double ratio(List<Turn> turns, java.util.function.ToDoubleFunction<Turn> figure) {
        double[] logs = new double[2];
        int[] counts = new int[2];
        for (Turn turn : turns) {
            logs[turn.build()] += Math.log(figure.applyAsDouble(turn));
            counts[turn.build()]++;
        }
        return Math.exp(logs[1] / counts[1] - logs[0] / counts[0]);
    }

    private static double mean(double[][] sums, int figure) {
        return (mean(sums[0], figure) + mean(sums[1], figure)) / 2;
    }

    private static double mean(double[] sums, int figure) {
        return sums[2] == 0 ? 0 : sums[figure] / sums[2];
    }

    private static String abbreviate(String query) {
        String flat = query.replaceAll("\\s+", " ").replace("|", "\\|");
        return flat.length() > 110 ? flat.substring(0, 107) + "..." : flat;
    }
}

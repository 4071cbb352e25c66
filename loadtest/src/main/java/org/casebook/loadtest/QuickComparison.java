package org.casebook.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * {@code .ci/benchmark --only=enquiries}: issue 12's throughput targets alone, in about six minutes. Casebook and the
 * minimal Axon peer run side by side (each on its own schema), and at each client count the same enquiry POSTs go to
 * one and then straight away to the other, so that both see the same machine within seconds of each other: on two
 * cores shared with other work this is the only ratio that means anything. With {@code --mixed} (default true) the
 * mixed workload's commands are measured on Casebook and on the peer right after, at the same count.
 * {@code --rounds=N} repeats the whole sequence, each round starting with the next service in turn, so that with as
 * many rounds as services none always holds the same place; {@code --jfr=true} records the
 * JVMs with JFR's profile settings into the run's directory ({@code .ci/jfr-areas} reads them;
 * {@code --jfr-settings=path/to/file.jfc} for other settings); {@code --baseline-jar} adds an earlier casebook.jar as
 * a third service, to judge a change in the same minutes as its peer, on enquiries and on the mixed workload (right
 * after Casebook, before it in even rounds). Each service is measured only once every Casebook's read models have
 * caught up. Each service's CPU time per request (from /proc) is reported beside its rate.
 *
 * <pre>
 * .ci/benchmark --only=enquiries [--clients=1,4,16] [--enquiry-duration=8] [--warmup=90] [--rounds=1]
 *               [--mixed=true] [--jfr=false] [--baseline-jar=path/to/earlier/casebook.jar]
 * </pre>
 */
final class QuickComparison {

    private QuickComparison() {
    }

    /** One client count's figures; the three {@code Mixed} are null without {@code --mixed}, baseline's without one. */
    record Round(int clients, PeerComparison.Result casebook, PeerComparison.Result axon, double casebookCpuMs,
                 double axonCpuMs, PeerComparison.Result baseline, double baselineCpuMs, CpuBreakdown casebookWhere,
                 CpuBreakdown axonWhere, Mixed mixed, Mixed axonMixed, Mixed baselineMixed) {
    }

    record Mixed(LoadStats stats, double cpuMs, CpuBreakdown where) {
    }

    /**
     * CPU time (user + system, ms) a process has used so far, from /proc (Linux). Divided by the requests it answered
     * in between, it is the service's cost per request whatever else the machine was doing: the figure to compare
     * when the two shared cores make requests per second swing.
     */
    static double cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3, utime 14 and stime 15 (1-based, proc(5)), in clock ticks of 10 ms
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (Exception unknown) {
            return Double.NaN;
        }
    }

    static void run(Options options, List<Integer> levels, Path out) throws Exception {
        int seconds = options.number("enquiry-duration", 8);
        int warmup = options.number("warmup", Benchmark.WARMUP_SECONDS);
        int rounds = options.number("rounds", 1);
        boolean mixed = !"false".equals(options.text("mixed", "true"));
        boolean jfr = options.flag("jfr");
        // JFR's profile settings sample each thread every 10 ms; a .jfc of one's own (`jfr configure --input profile
        // jdk.ExecutionSample#period=1ms --output fine.jfc`) gives a short run enough samples to read.
        String settings = options.text("jfr-settings", "profile");
        Database casebookDatabase = Database.fromEnvironment("casebook_bench_svc");
        Database peerDatabase = Database.fromEnvironment("casebook_bench_peer");
        casebookDatabase.createSchema();
        peerDatabase.createSchema();
        // --baseline-jar=<an earlier casebook.jar>: a third service, measured right after the other two at each
        // count, so that a change is judged against what it changed in the same minute on the same machine.
        String baselineJar = options.text("baseline-jar", "");
        Database baselineDatabase = baselineJar.isEmpty() ? null : Database.fromEnvironment("casebook_bench_base");
        if (baselineDatabase != null) {
            baselineDatabase.createSchema();
        }
        List<Round> results = new ArrayList<>();
        CasebookProcess baseline = baselineDatabase == null ? null : new CasebookProcess(Path.of(baselineJar),
                baselineDatabase, CasebookProcess.freePort(), out.resolve("baseline.log"), List.of(),
                recording(jfr, settings, out, "baseline"));
        try (CasebookProcess casebook = new CasebookProcess(CasebookProcess.defaultJar(), casebookDatabase,
                CasebookProcess.freePort(), out.resolve("casebook.log"), List.of(),
                recording(jfr, settings, out, "casebook"));
             PeerComparison.PeerProcess axon = new PeerComparison.PeerProcess(PeerComparison.peerJar("axon"),
                     peerDatabase, out.resolve("peer-axon.log"), recording(jfr, settings, out, "peer-axon"))) {
            // Generous: on two cores shared with builds, start-up alone has taken over three minutes.
            casebook.start(Duration.ofSeconds(600));
            axon.awaitListening(Duration.ofSeconds(600));
            Http casebookHttp = new Http(casebook.baseUrl(), Duration.ofSeconds(10));
            Http axonHttp = new Http(axon.baseUrl, Duration.ofSeconds(10));
            Http baselineHttp = null;
            if (baseline != null) {
                baseline.start(Duration.ofSeconds(600));
                baselineHttp = new Http(baseline.baseUrl(), Duration.ofSeconds(10));
            }
            // The full benchmark's warm-up (Benchmark.warmUp): the same for every service, long enough for
            // Casebook's JIT to have finished, which ten seconds at 4 clients was not.
            Benchmark.warmUp("Casebook", casebookHttp, warmup, casebook.pid());
            Benchmark.warmUp("the Axon peer", axonHttp, warmup, axon.pid());
            if (baselineHttp != null) {
                Benchmark.warmUp("the baseline", baselineHttp, warmup, baseline.pid());
            }
            StoreVerifier verifier = new StoreVerifier(casebookDatabase, casebookHttp);
            StoreVerifier baselineVerifier = baselineHttp == null ? null
                    : new StoreVerifier(baselineDatabase, baselineHttp);
            for (int round = 1; round <= rounds; round++) {
                for (int clients : levels) {
                    // Each round starts with another of the services (Casebook, the peer, the baseline in turn),
                    // and each is measured only once every Casebook's read models have caught up, so that none is
                    // measured while another's read models still work. That alone does not make a baseline fair:
                    // the same jar as service and as baseline still gave the baseline 4-43 % more (docs/
                    // performance.md, 2026-12-05), so a change is judged by running it both ways round.
                    Map<String, Measured> measured = new HashMap<>();
                    List<String> order = new ArrayList<>(List.of("casebook", "axon"));
                    if (baselineHttp != null) {
                        order.add("baseline");
                    }
                    Collections.rotate(order, -((round - 1) % order.size()));
                    for (String service : order) {
                        awaitCaughtUp(verifier, baselineVerifier, "before " + service + " at " + clients + " clients");
                        measured.put(service, switch (service) {
                            case "casebook" -> measure(service, casebookHttp, casebook.pid(), clients, seconds);
                            case "axon" -> measure(service, axonHttp, axon.pid(), clients, seconds);
                            default -> measure(service, baselineHttp, baseline.pid(), clients, seconds);
                        });
                    }
                    Measured c = measured.get("casebook");
                    Measured a = measured.get("axon");
                    Measured b = measured.get("baseline");
                    Mixed m = null;
                    Mixed am = null;
                    Mixed bm = null;
                    if (mixed) {
                        // The peer's and the baseline's mixed workload too, so that commands on existing cases are
                        // judged in the same minute; even rounds run them first.
                        if (round % 2 == 0) {
                            awaitCaughtUp(verifier, baselineVerifier, "before the peer's mixed workload");
                            am = mixed(null, axonHttp, axon.pid(), clients, seconds);
                            if (baselineVerifier != null) {
                                awaitCaughtUp(verifier, baselineVerifier, "before the baseline's mixed workload");
                                bm = mixed(baselineVerifier, baselineHttp, baseline.pid(), clients, seconds);
                            }
                        }
                        awaitCaughtUp(verifier, baselineVerifier, "before the mixed workload");
                        m = mixed(verifier, casebookHttp, casebook.pid(), clients, seconds);
                        if (am == null) {
                            awaitCaughtUp(verifier, baselineVerifier, "before the peer's mixed workload");
                            am = mixed(null, axonHttp, axon.pid(), clients, seconds);
                        }
                        if (baselineVerifier != null && bm == null) {
                            awaitCaughtUp(verifier, baselineVerifier, "before the baseline's mixed workload");
                            bm = mixed(baselineVerifier, baselineHttp, baseline.pid(), clients, seconds);
                        }
                    }
                    results.add(new Round(clients, c.result(), a.result(), c.cpuMs(), a.cpuMs(),
                            b == null ? null : b.result(), b == null ? Double.NaN : b.cpuMs(), c.where(), a.where(),
                            m, am, bm));
                    Benchmark.say(String.format(Locale.ROOT, "round %d, %d clients: Casebook %.0f/s p99 %s ms, Axon "
                                    + "%.0f/s p99 %s ms%s%s%s", round, clients, c.result().perSecond(),
                            ms(c.result().latencies(), 99), a.result().perSecond(), ms(a.result().latencies(), 99),
                            m == null ? "" : String.format(Locale.ROOT,
                                    ", Casebook mixed commands %.0f/s (%s ms, %.2f CPU ms), Axon %.0f/s (%s ms, "
                                            + "%.2f CPU ms)", m.stats().commandsPerSecond(),
                                    m.stats().commandP50AndP99(), m.cpuMs(), am.stats().commandsPerSecond(),
                                    am.stats().commandP50AndP99(), am.cpuMs()),
                            b == null ? "" : String.format(Locale.ROOT,
                                    ", baseline %.0f/s p99 %s ms", b.result().perSecond(),
                                    ms(b.result().latencies(), 99)),
                            bm == null ? "" : String.format(Locale.ROOT,
                                    ", baseline mixed commands %.0f/s (%s ms, %.2f CPU ms)",
                                    bm.stats().commandsPerSecond(), bm.stats().commandP50AndP99(), bm.cpuMs())));
                }
            }
        } finally {
            if (baseline != null) {
                baseline.close();
                baselineDatabase.dropSchema();
            }
            casebookDatabase.dropSchema();
            peerDatabase.dropSchema();
        }
        String table = table(results, seconds);
        System.out.println(table);
        Path report = Benchmark.keptReport(out.getFileName() + "-enquiries.md");
        Files.writeString(report, table);
        Benchmark.say("written to " + report.toAbsolutePath() + (jfr ? "; recordings in " + out.toAbsolutePath() : ""));
    }

    record Measured(PeerComparison.Result result, double cpuMs, CpuBreakdown where) {
    }

    /** Waits for Casebook's read models, and the baseline's when there is one, to have caught up. */
    private static void awaitCaughtUp(StoreVerifier casebook, StoreVerifier baseline, String when) {
        casebook.awaitProjectionsCaughtUp(Duration.ofSeconds(120), when);
        if (baseline != null) {
            baseline.awaitProjectionsCaughtUp(Duration.ofSeconds(120), when + " (baseline)");
        }
    }

    /**
     * The mixed workload against one service, once its read models have caught up (Casebook's; the peer has no
     * endpoint that says, so {@code verifier} is null for it), with its CPU per command.
     */
    private static Mixed mixed(StoreVerifier verifier, Http http, long pid, int clients, int seconds)
            throws Exception {
        if (verifier != null) {
            verifier.awaitProjectionsCaughtUp(Duration.ofSeconds(120), "before the mixed workload");
        }
        double before = cpuMillis(pid);
        CpuBreakdown where = CpuBreakdown.of(pid);
        LoadStats stats = new LoadClient(http, new Journal(), clients, clients).runFor(Duration.ofSeconds(seconds));
        return new Mixed(stats, (cpuMillis(pid) - before) / stats.acknowledgedCommands(),
                CpuBreakdown.of(pid).since(where, stats.acknowledgedCommands()));
    }

    /** Enquiries against one service, with the CPU its JVM used per request answered meanwhile. */
    private static Measured measure(String service, Http http, long pid, int clients, int seconds)
            throws InterruptedException {
        double before = cpuMillis(pid);
        CpuBreakdown where = CpuBreakdown.of(pid);
        PeerComparison.Result result = PeerComparison.enquiries(service, http, clients, seconds);
        // Requests answered = rate x elapsed, the rate being over the whole run.
        double answered = result.perSecond() * seconds;
        return new Measured(result, (cpuMillis(pid) - before) / Math.max(1, answered),
                CpuBreakdown.of(pid).since(where, answered));
    }

    private static List<String> recording(boolean jfr, String settings, Path out, String name) {
        // Request threads run 80-120 frames deep (Tomcat, security's filters, MVC, Axon's interceptors); at JFR's
        // default depth of 64 their samples lose the frames that say who asked for the work.
        return jfr ? List.of("-XX:FlightRecorderOptions=stackdepth=256", "-XX:StartFlightRecording=settings="
                + settings + ",dumponexit=true,filename=" + out.resolve(name + ".jfr").toAbsolutePath()) : List.of();
    }

    static String table(List<Round> rounds, int seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nQuick comparison %s, %d s per service and level, back to back; "
                        + "load average %s; latencies in ms.%n%n", LocalDateTime.now().withNano(0), seconds,
                loadAverage()));
        out.append("| clients | Axon peer req/s | p50 / p99 | Casebook req/s | p50 / p99 | Casebook / Axon throughput "
                + "(target ≥ 1.0 at 16) | Casebook / Axon p99 (target ≤ 1.2) | mixed commands/s, Axon / Casebook "
                + "| Casebook mixed / Axon mixed (target ≥ 0.9 at 16) | Casebook mixed / Axon enquiries "
                + "| service CPU ms per enquiry, Axon / Casebook "
                + "| CPU ms per mixed command (reads included), Axon / Casebook |"
                + (rounds.get(0).baseline() == null ? "" : " baseline req/s | p50 / p99 | CPU ms per enquiry |")
                + (rounds.get(0).baselineMixed() == null ? ""
                        : " baseline mixed commands/s (p50 / p99) | baseline CPU ms per mixed command |") + "\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|"
                + (rounds.get(0).baseline() == null ? "" : "---|---|---|")
                + (rounds.get(0).baselineMixed() == null ? "" : "---|---|") + "\n");
        long failed = 0;
        for (Round round : rounds) {
            PeerComparison.Result c = round.casebook();
            PeerComparison.Result a = round.axon();
            failed += c.failed() + a.failed();
            double mixed = round.mixed() == null ? Double.NaN : round.mixed().stats().commandsPerSecond();
            double axonMixed = round.axonMixed() == null ? Double.NaN : round.axonMixed().stats().commandsPerSecond();
            out.append(String.format(Locale.ROOT, "| %d | %.0f | %s / %s | %.0f | %s / %s | %.2f | %.2f | %.0f / %.0f "
                            + "| %.2f | %.2f | %.2f / %.2f | %.2f / %.2f |%n",
                    round.clients(), a.perSecond(), ms(a.latencies(), 50), ms(a.latencies(), 99), c.perSecond(),
                    ms(c.latencies(), 50), ms(c.latencies(), 99), c.perSecond() / a.perSecond(),
                    c.latencies().getValueAtPercentile(99) / (double) Math.max(1, a.latencies()
                            .getValueAtPercentile(99)), axonMixed, mixed, mixed / axonMixed, mixed / a.perSecond(),
                    round.axonCpuMs(), round.casebookCpuMs(),
                    round.axonMixed() == null ? Double.NaN : round.axonMixed().cpuMs(),
                    round.mixed() == null ? Double.NaN : round.mixed().cpuMs()));
            if (round.baseline() != null) {
                PeerComparison.Result b = round.baseline();
                out.setLength(out.length() - 1);
                out.append(String.format(Locale.ROOT, " %.0f | %s / %s | %.2f |%n", b.perSecond(),
                        ms(b.latencies(), 50), ms(b.latencies(), 99), round.baselineCpuMs()));
            }
            if (round.baselineMixed() != null) {
                Mixed bm = round.baselineMixed();
                out.setLength(out.length() - 1);
                out.append(String.format(Locale.ROOT, " %.0f (%s) | %.2f |%n", bm.stats().commandsPerSecond(),
                        bm.stats().commandP50AndP99(), bm.cpuMs()));
            }
        }
        if (failed > 0) {
            out.append(String.format(Locale.ROOT, "%nEnquiries that failed (not in the figures): %d%n", failed));
        }
        out.append(whereTheCpuWent(rounds));
        out.append(mixedByOperation(rounds));
        return out.toString();
    }

    /** Each service's mixed workload by operation: a difference in reads' latency costs commands/s as surely as CPU. */
    static String mixedByOperation(List<Round> rounds) {
        StringBuilder out = new StringBuilder();
        for (Round round : rounds) {
            if (round.mixed() != null) {
                out.append(String.format(Locale.ROOT, "%nThe mixed workload at %d clients by operation, Axon peer:%n"
                        + "%n```%n%s```%n%nCasebook:%n%n```%n%s```%n", round.clients(),
                        round.axonMixed().stats().report(), round.mixed().stats().report()));
            }
        }
        return out.toString();
    }

    /**
     * CPU ms per enquiry by where it went (CpuBreakdown): the service's request threads, its event processors, its
     * event store reader, GC and JIT, the rest, and PostgreSQL (every backend: meaningful when nothing else runs).
     */
    static String whereTheCpuWent(List<Round> rounds) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nCPU ms per enquiry by where it went, "
                + "Axon peer / Casebook:%n%n| clients | %s |%n|---|%s%n", String.join(" | ", CpuBreakdown.GROUPS),
                "---|".repeat(CpuBreakdown.GROUPS.length)));
        for (Round round : rounds) {
            breakdownRow(out, round.clients(), round.axonWhere(), round.casebookWhere());
        }
        if (rounds.get(0).mixed() != null) {
            // Reads included: where the mixed workload's cost differs is as likely in its reads as in its commands.
            out.append(String.format(Locale.ROOT, "%nCPU ms per mixed command (reads included) by where it went, "
                    + "Axon peer / Casebook:%n%n| clients | %s |%n|---|%s%n", String.join(" | ", CpuBreakdown.GROUPS),
                    "---|".repeat(CpuBreakdown.GROUPS.length)));
            for (Round round : rounds) {
                breakdownRow(out, round.clients(), round.axonMixed().where(), round.mixed().where());
            }
        }
        return out.toString();
    }

    private static void breakdownRow(StringBuilder out, int clients, CpuBreakdown axon, CpuBreakdown casebook) {
        out.append("| ").append(clients).append(" |");
        for (String group : CpuBreakdown.GROUPS) {
            out.append(String.format(Locale.ROOT, " %.2f / %.2f |", axon.get(group), casebook.get(group)));
        }
        out.append('\n');
    }

    /** The 1-minute load average, which says how much else the two cores were doing (Linux only). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception unknown) {
            return "unknown";
        }
    }

    private static String ms(Histogram histogram, double percentile) {
        return String.format(Locale.ROOT, "%.1f", histogram.getValueAtPercentile(percentile) / 1000.0);
    }
}

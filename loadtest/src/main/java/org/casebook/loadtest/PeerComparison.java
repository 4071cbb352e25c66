package org.casebook.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Issue 12's comparison: the same enquiry POST, under the same closed-loop client at the same client counts, against
 * a plain Spring Boot + JDBC service, a minimal Axon 4.13 service on JDBC (loadtest/peer-*, their own jars) and
 * Casebook; and the visibility latency, from a command's answer to its effect showing in a read model, idle, one
 * request at a time.
 */
final class PeerComparison {

    static final String ENQUIRY = "{\"receivedOn\":\"2026-11-02\",\"channel\":\"PHONE\",\"enquirerRole\":\"PARENT\","
            + "\"about\":\"CHILD\",\"topics\":[\"STATUTORY_ASSESSMENT\"]}";

    /** One service at one client count; {@code from} and {@code to} bound it in wall-clock time (MachineRecord). */
    record Result(String service, int clients, double perSecond, Histogram latencies, long failed, Instant from,
                  Instant to) {

        double requests() {
            return perSecond * Duration.between(from, to).toNanos() / 1e9;
        }
    }

    private PeerComparison() {
    }

    static Path peerJar(String name) {
        return Path.of(System.getProperty("peer." + name + ".jar", "peer-" + name + "/target/peer-" + name + ".jar"));
    }

    /** A peer jar started on its own schema; ready once it answers HTTP at all. */
    static final class PeerProcess implements AutoCloseable {

        private final Process process;
        final String baseUrl;
        private final Path log;

        PeerProcess(Path jar, Database database, Path log) throws IOException {
            this(jar, database, log, List.of());
        }

        /** {@code jvmArguments} go before {@code -jar} (a profiler, for example). */
        PeerProcess(Path jar, Database database, Path log, List<String> jvmArguments) throws IOException {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar.toAbsolutePath() + " not found: build it with `mvn -B -o -q package"
                        + " -DskipTests`");
            }
            int port = CasebookProcess.freePort();
            this.baseUrl = "http://127.0.0.1:" + port;
            this.log = log;
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Duser.timezone=UTC", "-Ddisable-axoniq-console-message=true"));
            command.addAll(jvmArguments);
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                    "--spring.datasource.url=" + database.schemaUrl(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password()));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        }

        long pid() {
            return process.pid();
        }

        void awaitListening(Duration timeout) {
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("peer exited while starting; see " + log.toAbsolutePath());
                }
                try {
                    client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/enquiries/none"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    return;
                } catch (IOException notYet) {
                    CasebookProcess.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
            throw new IllegalStateException("peer not listening within " + timeout + "; see " + log.toAbsolutePath());
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** {@code clients} closed-loop clients posting enquiries for {@code seconds}; the same request for every service. */
    static Result enquiries(String service, Http http, int clients, int seconds) throws InterruptedException {
        ConcurrentHistogram latencies = new ConcurrentHistogram(1, TimeUnit.SECONDS.toMicros(120), 3);
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    Http.Reply reply = http.send("caseworker1", "POST", "/api/enquiries", ENQUIRY, null);
                    if (reply.success()) {
                        ok.increment();
                        latencies.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(reply.nanos())));
                    } else {
                        failed.increment();
                    }
                }
            }, "enquiry-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        Instant from = Instant.now();
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1_000L);
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(15_000);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(service, clients, ok.sum() / elapsed, latencies, failed.sum(), from, Instant.now());
    }

    /**
     * Casebook: an enquiry is recorded and allocated; from the allocation's answer, how long until a manager's
     * {@code GET /api/caseload} (no {@code Casebook-After}, and a different user, so no session wait) shows it.
     */
    static Histogram casebookVisibility(Http http, int samples) {
        Histogram visibility = new Histogram(1, TimeUnit.SECONDS.toMicros(60), 3);
        String worker = "visibility-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < samples; i++) {
            Http.Reply opened = http.send("caseworker1", "POST", "/api/enquiries", ENQUIRY, null);
            String caseId = opened.json().get("caseId").asText();
            Http.Reply allocated = http.send("caseworker1", "POST", "/api/cases/" + caseId + "/supporter",
                    "{\"username\":\"" + worker + "\",\"role\":\"STAFF\"}", null);
            if (!allocated.success()) {
                throw new IllegalStateException("allocation failed: " + allocated.status() + " " + allocated.body());
            }
            long answered = System.nanoTime();
            awaitVisible(() -> http.get("manager1", "/api/caseload?worker=" + worker).body().contains(caseId));
            visibility.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - answered)));
            CasebookProcess.sleep(100);
        }
        return visibility;
    }

    /** The Axon peer: from the enquiry's answer, how long until its projection's GET answers 200. */
    static Histogram peerVisibility(Http http, int samples) {
        Histogram visibility = new Histogram(1, TimeUnit.SECONDS.toMicros(60), 3);
        for (int i = 0; i < samples; i++) {
            Http.Reply opened = http.send("caseworker1", "POST", "/api/enquiries", ENQUIRY, null);
            String caseId = opened.json().get("caseId").asText();
            long answered = System.nanoTime();
            awaitVisible(() -> http.get("caseworker1", "/api/enquiries/" + caseId).success());
            visibility.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - answered)));
            CasebookProcess.sleep(100);
        }
        return visibility;
    }

    private static void awaitVisible(java.util.function.BooleanSupplier visible) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!visible.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not visible within 30 s");
            }
        }
    }

    static String table(List<Result> results, List<Integer> levels, Histogram casebookVisibility,
                        Histogram peerVisibility) {
        StringBuilder out = new StringBuilder();
        out.append("\nEnquiries (POST /api/enquiries, same body, no Idempotency-Key), closed loop:\n\n");
        out.append("| clients | plain Spring Boot + JDBC req/s | p50 / p99 | minimal Axon req/s | p50 / p99 "
                + "| Casebook req/s | p50 / p99 | Casebook / Axon throughput | Casebook / Axon p99 |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (int clients : levels) {
            Result jdbc = find(results, "jdbc", clients);
            Result axon = find(results, "axon", clients);
            Result casebook = find(results, "casebook", clients);
            out.append(String.format(Locale.ROOT, "| %d | %.0f | %s / %s | %.0f | %s / %s | %.0f | %s / %s | %.2f | %.2f |%n",
                    clients, jdbc.perSecond(), ms(jdbc.latencies(), 50), ms(jdbc.latencies(), 99),
                    axon.perSecond(), ms(axon.latencies(), 50), ms(axon.latencies(), 99),
                    casebook.perSecond(), ms(casebook.latencies(), 50), ms(casebook.latencies(), 99),
                    casebook.perSecond() / axon.perSecond(),
                    casebook.latencies().getValueAtPercentile(99)
                            / (double) Math.max(1, axon.latencies().getValueAtPercentile(99))));
        }
        long failures = results.stream().mapToLong(Result::failed).sum();
        if (failures > 0) {
            out.append(String.format(Locale.ROOT, "%nRequests that failed (not in the figures): %d%n", failures));
        }
        out.append("\nVisibility latency, idle, one request at a time (command answer to read model showing it):\n\n");
        out.append("| service | samples | p50 (ms) | p99 (ms) | max (ms) |\n|---|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| Casebook (allocation → manager's caseload) | %d | %s | %s | %s |%n",
                casebookVisibility.getTotalCount(), ms(casebookVisibility, 50), ms(casebookVisibility, 99),
                ms(casebookVisibility, 100)));
        out.append(String.format(Locale.ROOT, "| minimal Axon (enquiry → its projection) | %d | %s | %s | %s |%n",
                peerVisibility.getTotalCount(), ms(peerVisibility, 50), ms(peerVisibility, 99),
                ms(peerVisibility, 100)));
        return out.toString();
    }

    /**
     * The machine (vmstat's means) and each JVM's young collections while each service's enquiries were measured:
     * what to look at when a run comes out unlike the last one.
     */
    static String machineTable(List<Result> results, List<Integer> levels, MachineRecord machine,
                               Map<String, Path> gcLogs) {
        StringBuilder out = new StringBuilder("\nThe machine while enquiries were measured (vmstat's means: user /"
                + " system / I/O wait / stolen CPU %, context switches a second) and the service's young collections"
                + " (a thousand requests' pauses and their milliseconds, then the longest pause):\n\n"
                + "| clients | service | CPU us / sy / wa / st, cs/s | young GC per 1,000 requests, ms, longest |\n"
                + "|---|---|---|---|\n");
        for (int clients : levels) {
            for (String service : List.of("jdbc", "axon", "casebook")) {
                results.stream().filter(r -> r.service().equals(service) && r.clients() == clients).findFirst()
                        .ifPresent(result -> out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s |%n", clients,
                                service, MachineRecord.describe(machine.cpu(result.from(), result.to())),
                                gcLogs.containsKey(service) ? MachineRecord.describe(MachineRecord.collections(
                                        gcLogs.get(service), result.from(), result.to()), result.requests())
                                        : "-")));
            }
        }
        return out.toString();
    }

    private static Result find(List<Result> results, String service, int clients) {
        return results.stream().filter(r -> r.service().equals(service) && r.clients() == clients).findFirst()
                .orElseThrow();
    }

    private static String ms(Histogram histogram, double percentile) {
        return String.format(Locale.ROOT, "%.1f", histogram.getValueAtPercentile(percentile) / 1000.0);
    }
}

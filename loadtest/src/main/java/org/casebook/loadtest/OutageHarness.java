package org.casebook.loadtest;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Takes Casebook's database away under load and gives it back. Runs on a private throwaway cluster
 * ({@link PrivateCluster}, port 5499 by default), never on the shared server.
 *
 * <pre>
 * .ci/outage-harness [--outage=30] [--clients=8] [--before=10] [--after=10] [--recovery=60] [--db-port=5499]
 *                    [--stop-mode=fast]
 * </pre>
 *
 * Load for {@code before} seconds, then {@code pg_ctl stop -m fast} for {@code outage} seconds: every request started
 * during the outage must get 503 with Retry-After, or no response within the client's 10 s timeout, never a 500 or
 * any other status, and the service must stay up. Then the cluster starts again: a command must be acknowledged
 * within {@code recovery} seconds without restarting the service. After {@code after} more seconds of load, the same
 * checks as the crash harness: nothing acknowledged lost or doubled, no projection stuck, read models equal their
 * rebuilds. Exit status 0 on PASS, 1 on FAIL. {@code --stop-mode=immediate} crashes the server instead
 * ({@code pg_ctl stop -m immediate}): read-model batches commit asynchronously (ADR 0024), so the last of them may
 * be lost with it, and the same checks say whether the read models came back whole.
 */
public final class OutageHarness {

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int outage = options.number("outage", 30);
        int clients = options.number("clients", 8);
        int before = options.number("before", 10);
        int after = options.number("after", 10);
        int recovery = options.number("recovery", 60);
        int dbPort = options.number("db-port", 5499);
        String stopMode = options.text("stop-mode", "fast");
        try (ServerSocket probe = new ServerSocket(dbPort)) {
            probe.close();
        } catch (java.io.IOException taken) {
            throw new IllegalStateException("port " + dbPort + " is taken; choose another with --db-port");
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path runDir = Path.of("target", "outage-harness", stamp);
        List<String> failures = new ArrayList<>();
        Journal journal = new Journal();
        Map<String, Long> duringOutage = new TreeMap<>();
        long recoveredAfterMillis = -1;
        long events = 0;

        say("creating a private PostgreSQL cluster on port " + dbPort);
        try (PrivateCluster cluster = PrivateCluster.create(dbPort)) {
            Database database = new Database(cluster.jdbcUrl("test"), "postgres", "",
                    Database.freshSchemaName("casebook_outage"));
            database.createSchema();
            CasebookProcess casebook = new CasebookProcess(CasebookProcess.defaultJar(), database,
                    CasebookProcess.freePort(), runDir.resolve("casebook.log"), List.of());
            Http http = new Http(casebook.baseUrl(), Duration.ofSeconds(10));
            LoadClient load = new LoadClient(http, journal, clients, System.nanoTime());
            ConcurrentLinkedQueue<LoadClient.Attempt> attempts = new ConcurrentLinkedQueue<>();
            load.observe(attempts::add);
            try {
                casebook.start(Duration.ofSeconds(180));
                LoadStats stats = load.start();
                CasebookProcess.sleep(before * 1000L);
                say("stopping the database (pg_ctl stop -m " + stopMode + ") for " + outage + " s; "
                        + stats.acknowledgedCommands() + " commands acknowledged so far");
                cluster.stop(stopMode);
                long outageStart = System.nanoTime();
                CasebookProcess.sleep(outage * 1000L);
                long outageEnd = System.nanoTime();
                cluster.start();
                say("database started again");
                long restarted = System.nanoTime();
                long recoveredAt = awaitAcknowledgement(attempts, restarted, recovery);
                if (recoveredAt < 0) {
                    failures.add("NOT RECOVERED: no command acknowledged within " + recovery
                            + " s of the database coming back");
                } else {
                    recoveredAfterMillis = (recoveredAt - restarted) / 1_000_000;
                    say("first command acknowledged " + recoveredAfterMillis + " ms after the database came back");
                }
                CasebookProcess.sleep(after * 1000L);
                load.stop();
                judgeOutage(attempts, outageStart, outageEnd, http.requestTimeout(), duringOutage, failures);
                if (!casebook.isAlive()) {
                    failures.add("the service died during the outage");
                }
                LoadClient.settle(http, journal, Duration.ofSeconds(60));
                say(stats.report());
                StoreVerifier verifier = new StoreVerifier(database, http);
                verifier.verifyEvents(journal);
                verifier.awaitProjectionsCaughtUp(Duration.ofSeconds(180), "after the outage");
                verifier.verifyRebuild(Duration.ofSeconds(180));
                failures.addAll(verifier.failures());
                events = verifier.eventsStored();
            } catch (RuntimeException broke) {
                failures.add("the harness could not finish: " + broke);
                broke.printStackTrace();
            } finally {
                casebook.close();
                journal.write(runDir.resolve("journal.jsonl"));
            }
        }
        List<SentCommand> commands = journal.commands();
        StringBuilder out = new StringBuilder("\n==== outage harness: ").append(failures.isEmpty() ? "PASS" : "FAIL")
                .append(" ====\n");
        out.append(String.format("outage %d s; responses to requests started during it: %s%n", outage, duringOutage));
        out.append(String.format("recovered (first acknowledged command) %d ms after the database came back%n",
                recoveredAfterMillis));
        out.append(String.format("commands sent %d, acknowledged %d, unknown-then-retried %d, events in the store %d%n",
                commands.size(), commands.stream().filter(SentCommand::acknowledged).count(),
                commands.stream().filter(SentCommand::everUnknown).count(), events));
        failures.stream().limit(40).forEach(failure -> out.append("FAIL ").append(failure).append('\n'));
        System.out.println(out);
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static long awaitAcknowledgement(ConcurrentLinkedQueue<LoadClient.Attempt> attempts, long since,
                                             int seconds) {
        long deadline = since + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (LoadClient.Attempt attempt : attempts) {
                if (attempt.command() && attempt.reply().success() && attempt.atNanos() - attempt.reply().nanos() > since) {
                    return attempt.atNanos();
                }
            }
            CasebookProcess.sleep(200);
        }
        return -1;
    }

    /**
     * Requests started at least one second into the outage and finished before it ended (in-flight ones at its start
     * may still finish either way) must be 503 with Retry-After, or time out no later than the client's timeout.
     */
    private static void judgeOutage(ConcurrentLinkedQueue<LoadClient.Attempt> attempts, long start, long end,
                                    Duration timeout, Map<String, Long> seen, List<String> failures) {
        int reported = 0;
        for (LoadClient.Attempt attempt : attempts) {
            long startedAt = attempt.atNanos() - attempt.reply().nanos();
            if (startedAt < start + 1_000_000_000L || attempt.atNanos() > end) {
                continue;
            }
            Http.Reply reply = attempt.reply();
            String kind;
            boolean acceptable;
            if (!reply.answered()) {
                boolean timedOut = reply.failure().startsWith("HttpTimeoutException");
                kind = timedOut ? "client timeout" : "no response: " + reply.failure().split(":")[0];
                acceptable = timedOut && reply.nanos() <= timeout.toNanos() + 1_000_000_000L;
            } else {
                kind = reply.status() + (reply.retryAfter() != null ? " with Retry-After" : "");
                acceptable = reply.status() == 503 && reply.retryAfter() != null;
            }
            seen.merge(kind, 1L, Long::sum);
            if (!acceptable && reported++ < 10) {
                failures.add("during the outage, " + (attempt.command() ? "command " : "read ")
                        + attempt.operation() + " got " + kind + " after " + reply.nanos() / 1_000_000 + " ms"
                        + (reply.answered() ? ": " + reply.body() : ""));
            }
        }
        if (seen.isEmpty()) {
            failures.add("no request was judged during the outage");
        }
    }

    static void say(String line) {
        CrashHarness.say(line);
    }
}

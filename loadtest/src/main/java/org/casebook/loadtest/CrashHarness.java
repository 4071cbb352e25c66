package org.casebook.loadtest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Kills Casebook with SIGKILL at random moments under load and proves that nothing it acknowledged was lost or
 * doubled, that no projection is stuck and that every read model equals its rebuild.
 *
 * <pre>
 * .ci/crash-harness [--kills=10] [--clients=16] [--min-interval=2] [--max-interval=8] [--tail=5]
 *                   [--fault=none|drop|duplicate|drop,duplicate] [--seed=N] [--keep-schema]
 * </pre>
 *
 * A fresh schema; the service started; N virtual clients; then, {@code kills} times, a random 2–8 s of load
 * (counted from the first command acknowledged after the (re)start) followed by {@code kill -9} and a restart on the same schema and port while the clients keep going (their requests
 * meanwhile get no response and are retried with the same Idempotency-Key). After {@code tail} more seconds the load
 * stops, every command still unknown is retried until it is acknowledged or refused, and {@link StoreVerifier}
 * judges. With {@code --fault}, the harness damages one acknowledged event halfway through (see {@link Tampering}):
 * the run must then fail and name the case and the command. Exit status 0 on PASS, 1 on FAIL.
 */
public final class CrashHarness {

    public record Result(boolean passed, List<String> failures, String summary, List<String> tampered) {
    }

    public static void main(String[] args) {
        Result result = run(new Options(args));
        System.exit(result.passed() ? 0 : 1);
    }

    public static Result run(String... args) {
        return run(new Options(args));
    }

    static Result run(Options options) {
        int kills = options.number("kills", 10);
        int clients = options.number("clients", 16);
        int minInterval = options.number("min-interval", 2);
        int maxInterval = options.number("max-interval", 8);
        int tail = options.number("tail", 5);
        long seed = options.has("seed") ? Long.parseLong(options.text("seed", "0")) : System.nanoTime();
        List<Tampering> faults = Tampering.parse(options.text("fault", "none"));
        String fault = faults.isEmpty() ? "none" : faults.stream().map(f -> f.name().toLowerCase())
                .collect(java.util.stream.Collectors.joining("+"));
        Random random = new Random(seed);

        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path runDir = Path.of(options.text("out", "target/crash-harness")).resolve(stamp + "-" + fault);
        Database database = Database.fromEnvironment("casebook_crash");
        database.createSchema();
        say("schema " + database.schema() + ", seed " + seed + ", " + clients + " clients, " + kills
                + " kills every " + minInterval + "-" + maxInterval + " s, fault " + fault + ", output " + runDir);

        CasebookProcess casebook = new CasebookProcess(Path.of(options.text("jar",
                CasebookProcess.defaultJar().toString())), database, options.number("port", CasebookProcess.freePort()),
                runDir.resolve("casebook.log"), List.of());
        Http http = new Http(casebook.baseUrl(), Duration.ofSeconds(10));
        Journal journal = new Journal();
        LoadClient load = new LoadClient(http, journal, clients, seed);
        List<String> failures = new ArrayList<>();
        List<String> tampered = new ArrayList<>();
        int killed = 0;
        LoadStats stats = null;
        long committedBeforeLoss = 0;
        StoreVerifier verifier = new StoreVerifier(database, http);
        try {
            casebook.start(Duration.ofSeconds(180));
            stats = load.start();
            int tamperAt = kills / 2;
            if (kills == 0) {
                CasebookProcess.sleep(tail * 500L);
                tamper(faults, database, journal, failures, tampered);
            }
            for (int i = 0; i < kills; i++) {
                long interval = (minInterval * 1000L) + random.nextInt(Math.max(1, (maxInterval - minInterval) * 1000));
                awaitServing(stats, Duration.ofSeconds(120));
                CasebookProcess.sleep(interval);
                if (i == tamperAt) {
                    tamper(faults, database, journal, failures, tampered);
                }
                long pid = casebook.kill9();
                killed++;
                say("kill -9 #" + killed + " of pid " + pid + " after " + interval + " ms: exit status "
                        + casebook.exitValue() + " (137 = SIGKILL); " + stats.acknowledgedCommands()
                        + " commands acknowledged so far");
                long restarting = System.nanoTime();
                casebook.start(Duration.ofSeconds(180));
                say("  restarted in " + (System.nanoTime() - restarting) / 1_000_000 + " ms");
            }
            CasebookProcess.sleep(kills == 0 ? tail * 500L : tail * 1000L);
            load.stop();
            List<SentCommand> unknown = journal.unsettled();
            int settled = LoadClient.settle(http, journal, Duration.ofSeconds(60));
            say("load stopped; " + unknown.size() + " commands were still unknown, " + settled
                    + " settled by retrying with the same Idempotency-Key");
            say(stats.report());

            verifier.verifyEvents(journal);
            committedBeforeLoss = verifier.committedBeforeTheAnswerWasLost(journal);
            verifier.awaitProjectionsCaughtUp(Duration.ofSeconds(120), "after the load");
            verifier.verifyRebuild(Duration.ofSeconds(180));
            failures.addAll(verifier.failures());
        } catch (RuntimeException broke) {
            failures.add("the harness could not finish: " + broke);
            broke.printStackTrace();
        } finally {
            if (stats != null && killed >= 0) {
                try {
                    load.stop();
                } catch (RuntimeException ignored) {
                    // already stopped
                }
            }
            casebook.close();
            journal.write(runDir.resolve("journal.jsonl"));
            if (!options.flag("keep-schema")) {
                database.dropSchema();
            }
        }
        String summary = summary(journal, killed, verifier.eventsStored(), committedBeforeLoss, fault, tampered,
                failures);
        System.out.println(summary);
        return new Result(failures.isEmpty(), failures, summary, tampered);
    }

    /**
     * The interval before a kill counts from the first command acknowledged after the (re)start, so that every kill
     * lands while the service is recording commands, not while a cold JVM is still warming up.
     */
    private static void awaitServing(LoadStats stats, Duration timeout) {
        long before = stats.acknowledgedCommands();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stats.acknowledgedCommands() == before && System.nanoTime() < deadline) {
            CasebookProcess.sleep(100);
        }
        if (stats.acknowledgedCommands() == before) {
            throw new IllegalStateException("no command acknowledged within " + timeout + " of a (re)start");
        }
    }

    private static void tamper(List<Tampering> faults, Database database, Journal journal, List<String> failures,
                               List<String> tampered) {
        java.util.Set<String> untouchable = new java.util.HashSet<>();
        for (Tampering fault : faults) {
            // A slow machine may not have finished a case yet: give the clients up to 60 s to finish one.
            Optional<String> done = fault.apply(database, journal, untouchable);
            for (int wait = 0; done.isEmpty() && wait < 60; wait++) {
                CasebookProcess.sleep(1_000);
                done = fault.apply(database, journal, untouchable);
            }
            if (done.isEmpty()) {
                failures.add("the negative control " + fault + " found no acknowledged event to tamper with");
            } else {
                say("NEGATIVE CONTROL (" + fault + "): " + done.get());
                tampered.add(fault + ": " + done.get());
            }
        }
    }

    static String summary(Journal journal, int kills, long events, long committedBeforeLoss, String fault,
                          List<String> tampered,
                          List<String> failures) {
        List<SentCommand> commands = journal.commands();
        long acknowledged = commands.stream().filter(SentCommand::acknowledged).count();
        long refused = commands.stream().filter(c -> c.outcome() == SentCommand.Outcome.REFUSED).count();
        long unknownThenAcknowledged = commands.stream().filter(c -> c.everUnknown() && c.acknowledged()).count();
        long unknownThenRefused = commands.stream().filter(c -> c.everUnknown()
                && c.outcome() == SentCommand.Outcome.REFUSED).count();
        long stillUnknown = commands.stream().filter(c -> !c.settled()).count();
        Map<Integer, Long> refusals = new java.util.TreeMap<>();
        commands.stream().filter(c -> c.outcome() == SentCommand.Outcome.REFUSED)
                .forEach(c -> refusals.merge(c.status(), 1L, Long::sum));
        StringBuilder out = new StringBuilder("\n==== crash harness: ").append(failures.isEmpty() ? "PASS" : "FAIL")
                .append(" ====\n");
        out.append(String.format("commands sent %d, acknowledged %d, refused %d %s, unknown-then-retried %d "
                        + "(acknowledged %d, refused %d), still unknown %d%n", commands.size(), acknowledged, refused,
                refusals, unknownThenAcknowledged + unknownThenRefused, unknownThenAcknowledged, unknownThenRefused,
                stillUnknown));
        out.append(String.format("of the unknown-then-acknowledged, %d had committed before their answer was lost "
                + "(the retry got the stored response and appended nothing)%n", committedBeforeLoss));
        out.append(String.format("kills (SIGKILL) %d, events in the store %d, cases %d%n", kills, events,
                commands.stream().filter(SentCommand::acknowledged).map(SentCommand::caseId).distinct().count()));
        tampered.forEach(done -> out.append("negative control ").append(done).append('\n'));
        int shown = 0;
        for (String failure : failures) {
            if (shown++ == 40) {
                out.append("FAIL … and ").append(failures.size() - 40).append(" more\n");
                break;
            }
            out.append("FAIL ").append(failure).append('\n');
        }
        return out.toString();
    }

    static void say(String line) {
        System.out.println("[" + java.time.LocalTime.now().withNano(0) + "] " + line);
    }
}

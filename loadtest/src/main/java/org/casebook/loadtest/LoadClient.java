package org.casebook.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * N virtual clients, each recording cases one after another through {@link CaseScript}, with reads (the case, a
 * caseload) mixed in for about one request in five. Every command carries its own Idempotency-Key and goes into the
 * {@link Journal}. A command without a definitive answer (no response, or a 5xx) is sent again, same key and body,
 * every half second until it gets one or the load is stopped; what is still unknown then is left for
 * {@link #settle}.
 */
public final class LoadClient {

    /** One attempt as it happened, for harnesses that judge individual responses (the outage harness). */
    public record Attempt(long atNanos, String operation, boolean command, Http.Reply reply) {
    }

    private static final String[] READERS_OF_CASELOADS = {"caseworker1", "caseworker2", "volunteer1", "volunteer2"};

    private final Http http;
    private final Journal journal;
    private final int clients;
    private final long seed;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;
    private volatile LoadStats stats;
    private volatile Consumer<Attempt> observer = attempt -> { };

    public LoadClient(Http http, Journal journal, int clients, long seed) {
        this.http = http;
        this.journal = journal;
        this.clients = clients;
        this.seed = seed;
    }

    public void observe(Consumer<Attempt> observer) {
        this.observer = observer;
    }

    public LoadStats start() {
        stats = new LoadStats();
        stopped = false;
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> run(client), "virtual-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return stats;
    }

    /** Asks every client to stop after its current request, and waits for them. */
    public LoadStats stop() {
        stopped = true;
        for (Thread thread : threads) {
            try {
                thread.join(http.requestTimeout().toMillis() + 5_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        stats.stop();
        return stats;
    }

    public LoadStats runFor(Duration duration) {
        LoadStats running = start();
        CasebookProcess.sleep(duration.toMillis());
        stop();
        return running;
    }

    private void run(int client) {
        Random random = new Random(seed * 1_000 + client);
        String user = client % 2 == 0 ? "caseworker1" : "caseworker2";
        while (!stopped) {
            String caseId = null;
            for (CaseScript.Step step : new CaseScript(random).steps()) {
                if (stopped) {
                    break;
                }
                if (caseId != null && random.nextInt(4) == 0) {
                    read(random, user, caseId);
                }
                String path = step.suffix() == null ? "/api/enquiries" : "/api/cases/" + caseId + step.suffix();
                SentCommand command = journal.newCommand(step.name(), user, step.method(), path, step.body(), caseId,
                        step.eventTypes());
                sendUntilSettled(command);
                if (command.caseId() == null) {
                    break; // the enquiry is not known to have opened a case: there is nothing to continue
                }
                caseId = command.caseId();
            }
            journal.finished(caseId);
        }
    }

    private void read(Random random, String user, String caseId) {
        String operation;
        String path;
        if (random.nextBoolean()) {
            operation = "case";
            path = "/api/cases/" + caseId;
        } else {
            operation = "caseload";
            path = "/api/caseload?worker=" + READERS_OF_CASELOADS[random.nextInt(READERS_OF_CASELOADS.length)];
        }
        Http.Reply reply = http.get(user, path);
        stats.record(operation, false, reply);
        observer.accept(new Attempt(System.nanoTime(), operation, false, reply));
    }

    private void sendUntilSettled(SentCommand command) {
        while (true) {
            Http.Reply reply = http.send(command.user, command.method, command.path, command.body, command.key);
            stats.record(command.name, true, reply);
            command.record(reply);
            observer.accept(new Attempt(System.nanoTime(), command.name, true, reply));
            if (command.settled() || stopped) {
                return;
            }
            CasebookProcess.sleep(500);
        }
    }

    /**
     * After the load: sends every command whose outcome is still unknown again, same user, key and body, until it is
     * acknowledged or definitively refused (4xx), trying each for at most {@code patience}. Returns how many it settled.
     */
    public static int settle(Http http, Journal journal, Duration patience) {
        int settled = 0;
        for (SentCommand command : journal.unsettled()) {
            long deadline = System.nanoTime() + patience.toNanos();
            while (!command.settled() && System.nanoTime() < deadline) {
                command.record(http.send(command.user, command.method, command.path, command.body, command.key));
                if (!command.settled()) {
                    CasebookProcess.sleep(1_000);
                }
            }
            if (command.settled()) {
                settled++;
            }
        }
        return settled;
    }
}

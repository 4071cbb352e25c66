package org.casebook.loadtest;

import java.util.List;

/**
 * One command as the load client sent it, and what became of it: the journal's line. The harness retries a command
 * whose outcome is unknown with the same user, Idempotency-Key, method, path and body, so the line stays one
 * command however many attempts it took.
 *
 * <p>{@code eventTypes} are the events the command appends, in order (simple class names); every command the load
 * client sends appends exactly one, except the first personal details of a level 1 case, which also opens casework
 * ({@code PersonalDetailsRecorded}, {@code CaseworkOpened}: Case.handle(RecordPersonalDetails)).
 */
public final class SentCommand {

    public enum Outcome { PENDING, ACKNOWLEDGED, REFUSED, UNKNOWN }

    final long id;
    final String name;
    final String user;
    final String key;
    final String method;
    final String path;
    final String body;
    final List<String> eventTypes;
    private volatile String caseId;
    private volatile Outcome outcome = Outcome.PENDING;
    private volatile int status;
    private volatile long version;
    private volatile int attempts;
    private volatile boolean everUnknown;
    private volatile String lastFailure;
    private volatile java.time.Instant firstUnknownAt;

    SentCommand(long id, String name, String user, String key, String method, String path, String body,
                String caseId, List<String> eventTypes) {
        this.id = id;
        this.name = name;
        this.user = user;
        this.key = key;
        this.method = method;
        this.path = path;
        this.body = body;
        this.caseId = caseId;
        this.eventTypes = List.copyOf(eventTypes);
    }

    /** Records one attempt's reply; a 5xx or no reply leaves the outcome unknown (it may or may not have committed). */
    synchronized void record(Http.Reply reply) {
        attempts++;
        status = reply.status();
        if (reply.success()) {
            outcome = Outcome.ACKNOWLEDGED;
            version = reply.version().orElseThrow(() -> new IllegalStateException(
                    "acknowledged without ETag: " + describe()));
            if (caseId == null) {
                caseId = reply.json().get("caseId").asText();
            }
        } else if (reply.status() >= 400 && reply.status() < 500) {
            outcome = Outcome.REFUSED;
            lastFailure = reply.body();
        } else {
            outcome = Outcome.UNKNOWN;
            if (!everUnknown) {
                firstUnknownAt = java.time.Instant.now();
            }
            everUnknown = true;
            lastFailure = reply.answered() ? reply.status() + " " + reply.body() : reply.failure();
        }
    }

    public String caseId() {
        return caseId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean acknowledged() {
        return outcome == Outcome.ACKNOWLEDGED;
    }

    public boolean settled() {
        return outcome == Outcome.ACKNOWLEDGED || outcome == Outcome.REFUSED;
    }

    public long version() {
        return version;
    }

    public int status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public boolean everUnknown() {
        return everUnknown;
    }

    /** When the first attempt without a definitive answer ended (null if there was none). */
    public java.time.Instant firstUnknownAt() {
        return firstUnknownAt;
    }

    public String lastFailure() {
        return lastFailure;
    }

    public String describe() {
        return "#" + id + " " + name + " (" + method + " " + path + ", Idempotency-Key " + key + ", user " + user
                + (acknowledged() ? ", acknowledged ETag \"" + version + "\"" : ", " + outcome) + ")";
    }

    String toJson() {
        var node = Http.JSON.createObjectNode();
        node.put("id", id).put("name", name).put("user", user).put("key", key).put("method", method)
                .put("path", path).put("caseId", caseId).put("outcome", outcome.name()).put("status", status)
                .put("version", version).put("attempts", attempts).put("everUnknown", everUnknown);
        var types = node.putArray("eventTypes");
        eventTypes.forEach(types::add);
        node.put("body", body);
        return node.toString();
    }
}

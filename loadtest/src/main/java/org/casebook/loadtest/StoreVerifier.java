package org.casebook.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a harness checks after the load, looking at the store itself over JDBC and at the service over HTTP:
 * <ol>
 * <li>every acknowledged command has exactly its events in domain_event_entry, at the sequence numbers its ETag says,
 *     and there is no event that no acknowledged command accounts for;</li>
 * <li>no projection is stuck: each reaches lag 0, running, within a timeout;</li>
 * <li>every read model equals a rebuild of it from scratch.</li>
 * </ol>
 */
public final class StoreVerifier {

    /** The read-model tables (V3, V5 migrations) with the columns that order their rows by key. */
    static final Map<String, String> READ_MODELS = new LinkedHashMap<>();

    static {
        READ_MODELS.put("caseload_case", "case_id");
        READ_MODELS.put("report_case", "case_id");
        READ_MODELS.put("report_fact", "event_id, ordinal");
        READ_MODELS.put("report_safeguarding_override", "sharing_id");
    }

    /** A sentinel row per processor, deleted by its @ResetHandler: its disappearance proves the rebuild began. */
    private static final Map<String, String> SENTINELS = Map.of(
            "caseload", "INSERT INTO caseload_case (case_id, status, level, opened_on, state) "
                    + "VALUES ('rebuild-sentinel', 'OPEN', 1, DATE '2000-01-01', '{}')",
            "reports", "INSERT INTO report_case (case_id, level) VALUES ('rebuild-sentinel', 1)");

    private final Database database;
    private final Http http;
    private final List<String> failures = new ArrayList<>();
    private long eventsStored;

    public StoreVerifier(Database database, Http http) {
        this.database = database;
        this.http = http;
    }

    public List<String> failures() {
        return failures;
    }

    public long eventsStored() {
        return eventsStored;
    }

    private record StoredEvent(long sequence, String type, String payload) {
    }

    /** (a) Exactly one set of events per acknowledged command, none lost, none duplicated, none unaccounted for. */
    public void verifyEvents(Journal journal) {
        Map<String, Map<Long, StoredEvent>> store = new TreeMap<>();
        try (Connection connection = database.connect()) {
            ResultSet rows = connection.createStatement().executeQuery("SELECT aggregate_identifier, "
                    + "sequence_number, payload_type, convert_from(payload, 'UTF8') FROM domain_event_entry");
            while (rows.next()) {
                String type = rows.getString(3);
                store.computeIfAbsent(rows.getString(1), k -> new TreeMap<>()).put(rows.getLong(2),
                        new StoredEvent(rows.getLong(2), type.substring(type.lastIndexOf('.') + 1), rows.getString(4)));
                eventsStored++;
            }
        } catch (SQLException failure) {
            failures.add("could not read domain_event_entry: " + failure.getMessage());
            return;
        }
        Map<String, List<SentCommand>> acknowledged = new HashMap<>();
        Map<String, Integer> unsettledEvents = new HashMap<>();
        for (SentCommand command : journal.commands()) {
            if (command.acknowledged()) {
                acknowledged.computeIfAbsent(command.caseId(), k -> new ArrayList<>()).add(command);
            } else if (!command.settled()) {
                unsettledEvents.merge(String.valueOf(command.caseId()), command.eventTypes.size(), Integer::sum);
                failures.add("still unknown after the final retries: " + command.describe() + ": "
                        + command.lastFailure());
            }
        }
        Set<String> cases = new TreeSet<>(store.keySet());
        cases.addAll(acknowledged.keySet());
        for (String caseId : cases) {
            verifyCase(caseId, store.getOrDefault(caseId, Map.of()), acknowledged.getOrDefault(caseId, List.of()),
                    unsettledEvents.getOrDefault(caseId, 0));
        }
    }

    private void verifyCase(String caseId, Map<Long, StoredEvent> events, List<SentCommand> acks, int unsettled) {
        int expected = acks.stream().mapToInt(command -> command.eventTypes.size()).sum();
        if (events.size() != expected) {
            failures.add("case " + caseId + ": " + events.size() + " events stored, but its " + acks.size()
                    + " acknowledged commands account for " + expected
                    + (unsettled > 0 ? " (and unsettled commands for up to " + unsettled + " more)" : ""));
        }
        Map<Long, SentCommand> claimedBy = new HashMap<>();
        for (SentCommand command : acks.stream().sorted(Comparator.comparingLong(SentCommand::version)).toList()) {
            int n = command.eventTypes.size();
            for (int j = 0; j < n; j++) {
                long sequence = command.version() - n + j;
                StoredEvent event = events.get(sequence);
                String wanted = command.eventTypes.get(j);
                if (event == null) {
                    failures.add("LOST: case " + caseId + ": no event at sequence " + sequence + " (" + wanted
                            + ") for acknowledged command " + command.describe());
                } else if (!event.type().equals(wanted)) {
                    failures.add("case " + caseId + ": the event at sequence " + sequence + " is " + event.type()
                            + ", but acknowledged command " + command.describe() + " should have appended " + wanted);
                }
                SentCommand other = claimedBy.put(sequence, command);
                if (other != null) {
                    failures.add("case " + caseId + ": two acknowledged commands answered with the same sequence "
                            + sequence + ": " + other.describe() + " and " + command.describe());
                }
            }
        }
        for (StoredEvent event : events.values()) {
            if (claimedBy.containsKey(event.sequence())) {
                continue;
            }
            String copyOf = events.values().stream()
                    .filter(other -> other != event && other.payload().equals(event.payload())
                            && claimedBy.containsKey(other.sequence()))
                    .map(other -> " — a DUPLICATE of the event at sequence " + other.sequence() + " of command "
                            + claimedBy.get(other.sequence()).describe())
                    .findFirst().orElse("");
            failures.add("case " + caseId + ": event at sequence " + event.sequence() + " (" + event.type()
                    + ") answers no acknowledged command" + copyOf);
        }
    }

    /**
     * Of the commands acknowledged only on a retry, how many had in fact committed before the attempt that got no
     * answer ended (their idempotency record is older): the response was lost, and the retry got the stored one
     * instead of appending again. That is the path a crash exercises most; this counts how often it was taken.
     */
    public long committedBeforeTheAnswerWasLost(Journal journal) {
        long count = 0;
        try (Connection connection = database.connect()) {
            var find = connection.prepareStatement(
                    "SELECT created_at FROM idempotency_record WHERE username = ? AND idempotency_key = ?");
            for (SentCommand command : journal.commands()) {
                if (!command.everUnknown() || !command.acknowledged()) {
                    continue;
                }
                find.setString(1, command.user);
                find.setString(2, command.key);
                try (ResultSet row = find.executeQuery()) {
                    if (row.next() && row.getTimestamp(1).toInstant().isBefore(command.firstUnknownAt())) {
                        count++;
                    }
                }
            }
        } catch (SQLException failure) {
            failures.add("could not read idempotency_record: " + failure.getMessage());
        }
        return count;
    }

    /** (b) Every projection reaches lag 0 and is running (and not replaying) within the timeout. */
    public boolean awaitProjectionsCaughtUp(Duration timeout, String context) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            Http.Reply reply = http.get("manager1", "/api/admin/projections");
            if (reply.success()) {
                JsonNode statuses = reply.json();
                boolean caughtUp = statuses.size() > 0;
                for (JsonNode status : statuses) {
                    caughtUp &= status.path("lag").asLong(-1) == 0 && status.path("running").asBoolean()
                            && !status.path("replaying").asBoolean();
                }
                if (caughtUp) {
                    return true;
                }
                last = statuses.toString();
            } else {
                last = reply.answered() ? reply.status() + " " + reply.body() : reply.failure();
            }
            CasebookProcess.sleep(500);
        }
        failures.add("STUCK: projections not caught up (lag 0, running, not replaying) within " + timeout
                + " " + context + ": " + last);
        return false;
    }

    public List<String> projectionNames() {
        Http.Reply reply = http.get("manager1", "/api/admin/projections");
        List<String> names = new ArrayList<>();
        if (reply.success()) {
            reply.json().forEach(status -> names.add(status.path("name").asText()));
        }
        return names;
    }

    /** (c) Dumps every read model, rebuilds each projection from scratch, dumps again: the two must be equal. */
    public void verifyRebuild(Duration timeout) {
        Map<String, List<String>> before = dumpReadModels();
        for (String name : projectionNames()) {
            String sentinel = SENTINELS.get(name);
            if (sentinel != null) {
                execute(sentinel);
            }
            Http.Reply reply = http.send("manager1", "POST", "/api/admin/projections/" + name + "/rebuild", null,
                    null);
            if (reply.status() != 202) {
                failures.add("rebuild of " + name + " answered " + reply.status() + " " + reply.body());
                continue;
            }
            if (sentinel != null && !awaitSentinelGone(timeout)) {
                failures.add("rebuild of " + name + " never reset its tables (the sentinel row is still there)");
            }
        }
        CasebookProcess.sleep(1_000);
        if (!awaitProjectionsCaughtUp(timeout, "after the rebuild")) {
            return;
        }
        Map<String, List<String>> after = dumpReadModels();
        for (String table : READ_MODELS.keySet()) {
            compare(table, before.get(table), after.get(table));
        }
    }

    private boolean awaitSentinelGone(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count("SELECT (SELECT count(*) FROM caseload_case WHERE case_id = 'rebuild-sentinel') "
                    + "+ (SELECT count(*) FROM report_case WHERE case_id = 'rebuild-sentinel')") == 0) {
                return true;
            }
            CasebookProcess.sleep(200);
        }
        return false;
    }

    private void compare(String table, List<String> live, List<String> rebuilt) {
        if (live.equals(rebuilt)) {
            return;
        }
        List<String> onlyLive = new ArrayList<>(live);
        onlyLive.removeAll(rebuilt);
        List<String> onlyRebuilt = new ArrayList<>(rebuilt);
        onlyRebuilt.removeAll(live);
        failures.add("READ MODEL: " + table + " differs from its rebuild: " + live.size() + " rows live, "
                + rebuilt.size() + " rebuilt; only live: " + head(onlyLive) + "; only rebuilt: " + head(onlyRebuilt));
    }

    private static String head(List<String> rows) {
        return rows.size() <= 3 ? rows.toString() : rows.subList(0, 3) + " … (" + rows.size() + " rows)";
    }

    /** Every row of every read-model table, all columns, ordered by key. Nothing is left out. */
    public Map<String, List<String>> dumpReadModels() {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        try (Connection connection = database.connect()) {
            for (var table : READ_MODELS.entrySet()) {
                List<String> rows = new ArrayList<>();
                ResultSet result = connection.createStatement().executeQuery(
                        "SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue());
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    String[] values = new String[meta.getColumnCount()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = meta.getColumnName(i + 1) + "=" + result.getString(i + 1);
                    }
                    rows.add(Arrays.toString(values));
                }
                dump.put(table.getKey(), rows);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("could not dump the read models", failure);
        }
        return dump;
    }

    private void execute(String sql) {
        try (Connection connection = database.connect()) {
            connection.createStatement().execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    private long count(String sql) {
        try (Connection connection = database.connect()) {
            ResultSet rows = connection.createStatement().executeQuery(sql);
            rows.next();
            return rows.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }
}

package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * What the read-side tests share: commands sent through the API as a client would, isolated report periods, and
 * waiting for the asynchronous projections ({@code caseload}, {@code reports}) to catch up before asserting.
 */
final class ReadSideFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String CASEWORKER = "caseworker1";
    static final String MANAGER = "manager1";
    /** The read models, as {@code GET /api/admin/projections} names them. */
    static final List<String> PROCESSORS = List.of("caseload", "reports");
    /** The one processor that feeds them both (ADR 0027): its rows in {@code token_entry}. */
    static final String PROCESSOR = "readmodels";

    private final Api api;
    private final String schema;

    ReadSideFixtures(Api api) {
        this(api, PostgresIntegrationTest.SCHEMA);
    }

    /** For a test class with a context and schema of its own ({@link OwnSchema}). */
    ReadSideFixtures(Api api, String schema) {
        this.api = api;
        this.schema = schema;
    }

    /** The worker's caseload today, once the projections have caught up. */
    JsonNode caseloadOf(String username) {
        awaitProjections();
        Api.Response caseload = api.as("caseworker1").get("/api/caseload?worker=" + username + "&asOf=" + today());
        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
        return caseload.json();
    }

    static List<String> caseIds(JsonNode caseload) {
        List<String> ids = new ArrayList<>();
        caseload.forEach(entry -> ids.add(entry.get("caseId").asText()));
        return ids;
    }

    static JsonNode entry(JsonNode caseload, String caseId) {
        for (JsonNode entry : caseload) {
            if (entry.get("caseId").asText().equals(caseId)) {
                return entry;
            }
        }
        throw new AssertionError("case " + caseId + " is not in the caseload " + caseload);
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    /** A username no other test uses, so that a caseload holds only the cases of the test that asks. */
    static String uniqueWorker() {
        return "worker-" + UUID.randomUUID();
    }

    /** A mutable JSON object from alternating names and values; values may be null. */
    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Isolated periods

    /**
     * Twelve days, Monday of one week to Friday of the next, that no other read-side test writes into. The periods lie
     * in February, July, October and November of 2016-2023: months without bank holidays in England and Wales, so
     * that 10 working days after a period's first day is exactly 14 days later. The weekend days around a period
     * ({@code from - 1}, {@code to + 1}) belong to no period.
     */
    record Period(LocalDate from, LocalDate to) {

        String query() {
            return "from=" + from + "&to=" + to;
        }

        LocalDate day(int offset) {
            return from.plusDays(offset);
        }
    }

    private static final List<Period> PERIODS = periods();
    private static final AtomicInteger NEXT_PERIOD = new AtomicInteger();

    static Period isolatedPeriod() {
        int index = NEXT_PERIOD.getAndIncrement();
        if (index >= PERIODS.size()) {
            throw new IllegalStateException("all " + PERIODS.size() + " isolated report periods are in use");
        }
        return PERIODS.get(index);
    }

    private static List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (int year = 2016; year <= 2023; year++) {
            for (Month month : List.of(Month.FEBRUARY, Month.JULY, Month.OCTOBER, Month.NOVEMBER)) {
                LocalDate firstMonday = LocalDate.of(year, month, 1)
                        .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
                periods.add(new Period(firstMonday, firstMonday.plusDays(11)));
                periods.add(new Period(firstMonday.plusDays(14), firstMonday.plusDays(25)));
            }
        }
        return List.copyOf(periods);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Commands, through the API

    String enquiry(LocalDate receivedOn) {
        return enquiry(receivedOn, "PHONE", "PARENT");
    }

    String enquiry(LocalDate receivedOn, String channel, String enquirerRole) {
        return enquiry(body("receivedOn", receivedOn.toString(), "channel", channel, "enquirerRole", enquirerRole,
                "about", "CHILD", "topics", List.of("STATUTORY_ASSESSMENT")));
    }

    String enquiry(Map<String, Object> body) {
        return ok(api.as(CASEWORKER).post("/api/enquiries", body)).get("caseId").asText();
    }

    String consent(String caseId, String kind, LocalDate givenOn, String recipient) {
        return ok(post(caseId, "/consents", body("kind", kind, "givenOn", givenOn.toString(), "givenBy", "PARENT",
                "method", "WRITTEN", "recipient", recipient))).get("consentId").asText();
    }

    void personalDetails(String caseId, Map<String, Object> details) {
        ok(api.as(CASEWORKER).put("/api/cases/" + caseId + "/personal-details", details));
    }

    static Map<String, Object> personalDetails(String marker) {
        return body(
                "parent", body("name", marker + " Parent", "address", "1 " + marker + " Row", "phone", "01752 000111",
                        "email", "parent@example.org", "preferredLanguage", "English", "preferredContact", "PHONE"),
                "child", body("name", marker + " Child", "dateOfBirth", "2016-05-04", "school", marker + " School",
                        "needsSummary", marker + " needs"));
    }

    /** A case raised to level 2: the enquiry, record-keeping consent the same day, personal details. */
    String levelTwoCase(LocalDate receivedOn) {
        String caseId = enquiry(receivedOn);
        consent(caseId, "RECORD_KEEPING", receivedOn, null);
        personalDetails(caseId, personalDetails("Alex"));
        return caseId;
    }

    void allocate(String caseId, String username) {
        ok(post(caseId, "/supporter", body("username", username,
                "role", username.startsWith("volunteer") ? "IPS_VOLUNTEER" : "STAFF")));
    }

    void contact(String caseId, LocalDate contactOn) {
        ok(post(caseId, "/contacts", body("contactOn", contactOn.toString(), "channel", "PHONE")));
    }

    String meeting(String caseId, LocalDate heldOn, boolean viewsConveyed, boolean confirmed) {
        return ok(post(caseId, "/meetings", body("meetingType", "ANNUAL_REVIEW", "heldOn", heldOn.toString(),
                "support", List.of("ATTENDED"), "viewsConveyedForParent", viewsConveyed,
                "conveyedViewsConfirmedWithParent", confirmed))).get("meetingId").asText();
    }

    void confirmViews(String caseId, String meetingId, LocalDate confirmedOn) {
        ok(post(caseId, "/meetings/" + meetingId + "/views-confirmation",
                body("confirmedOn", confirmedOn.toString())));
    }

    void evaluationRequest(String caseId, LocalDate sentOn) {
        ok(post(caseId, "/evaluation-requests", body("sentOn", sentOn.toString())));
    }

    void evaluation(String caseId, LocalDate returnedOn, String usefulness, String impartial) {
        ok(post(caseId, "/evaluations", body("returnedOn", returnedOn.toString(), "wentWell", List.of("LISTENING"),
                "usefulness", usefulness, "impartial", impartial)));
    }

    String concern(String caseId, LocalDate raisedOn) {
        // no detail: the read models never see it, and a level-1 case refuses free text
        return ok(post(caseId, "/impartiality-concerns", body("raisedOn", raisedOn.toString())))
                .get("concernId").asText();
    }

    void signpost(String caseId, LocalDate givenOn, String... organisations) {
        ok(post(caseId, "/signposting", body("givenOn", givenOn.toString(), "organisations", List.of(organisations))));
    }

    String shareWithConsent(String caseId, LocalDate sharedOn, String recipient) {
        consent(caseId, "INFORMATION_SHARING", sharedOn, recipient);
        return ok(post(caseId, "/information-sharing", body("sharedOn", sharedOn.toString(), "recipient", recipient,
                "purpose", "Ask for the IEP"))).get("sharingId").asText();
    }

    String shareUnderSafeguarding(String caseId, LocalDate sharedOn, String recipient, String justification) {
        return shareUnderSafeguarding(caseId, sharedOn, recipient, justification, "CHILD_PROTECTION");
    }

    String shareUnderSafeguarding(String caseId, LocalDate sharedOn, String recipient, String justification,
                                  String ground) {
        return ok(post(caseId, "/information-sharing", body("sharedOn", sharedOn.toString(), "recipient", recipient,
                "purpose", "Child at risk", "safeguarding", true, "justification", justification,
                "approvedBy", MANAGER, "ground", ground))).get("sharingId").asText();
    }

    /** Records a SEN decision and returns the appeal deadline the service computed. */
    LocalDate senDecision(String caseId, LocalDate letterDate) {
        return LocalDate.parse(ok(post(caseId, "/appealable-decisions", body("kind", "SEN_DECISION",
                "letterDate", letterDate.toString(), "decisionType", "ASSESSMENT_REFUSED")))
                .get("appealDeadline").asText());
    }

    /** Records a complaint; the answer holds {@code complaintId} and {@code responseDueOn}. */
    JsonNode complaint(String caseId, LocalDate receivedOn) {
        // no summary: the read models never see it, and a level-1 case refuses free text
        return ok(post(caseId, "/complaints", body("receivedOn", receivedOn.toString())));
    }

    void answerComplaint(String caseId, String complaintId, LocalDate respondedOn) {
        ok(post(caseId, "/complaints/" + complaintId + "/response", body("respondedOn", respondedOn.toString(),
                "escalated", false)));
    }

    void close(String caseId, LocalDate closedOn) {
        ok(post(caseId, "/closure", body("closedOn", closedOn.toString(), "reason", "Questions answered")));
    }

    void reopen(String caseId, LocalDate reopenedOn) {
        ok(post(caseId, "/reopening", body("reopenedOn", reopenedOn.toString())));
    }

    Api.Response post(String caseId, String suffix, Map<String, Object> body) {
        return api.as(CASEWORKER).post("/api/cases/" + caseId + suffix, body);
    }

    static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Waiting for the projections

    /** Waits until both read-model processors have processed every stored event. */
    void awaitProjections() {
        awaitProjections(Duration.ofSeconds(15));
    }

    void awaitProjections(Duration timeout) {
        awaitProjections(timeout, () -> true);
    }

    /**
     * Polls {@code GET /api/admin/projections} every 100 ms until both processors show lag 0, neither is replaying,
     * and {@code alsoTrue} holds; fails with the last status seen otherwise.
     */
    void awaitProjections(Duration timeout, BooleanSupplier alsoTrue) {
        // A processor reports its position as it hands a batch over, a moment before the batch's rows commit; a
        // short settle makes "caught up" mean the rows are readable.
        awaitProjections(timeout, alsoTrue, Duration.ofMillis(150));
    }

    /**
     * Waits as {@link #awaitProjections(Duration)} does, and then for the processors to stay caught up for a while.
     * After writes from several threads, events may have committed out of order: a processor's position (the highest
     * index it has seen) can then reach the head while an event below it, committed later, is still to come.
     */
    void awaitSettledProjections(Duration timeout) {
        awaitProjections(timeout, () -> true, Duration.ofMillis(500));
    }

    private void awaitProjections(Duration timeout, BooleanSupplier alsoTrue, Duration settle) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long caughtUpSince = -1;
        String last = "";
        while (true) {
            Api.Response statuses = api.as(MANAGER).get("/api/admin/projections");
            assertThat(statuses.status()).as(statuses.toString()).isEqualTo(200);
            last = statuses.body();
            if (caughtUp(statuses.json()) && alsoTrue.getAsBoolean()) {
                long now = System.nanoTime();
                caughtUpSince = caughtUpSince < 0 ? now : caughtUpSince;
                if (now - caughtUpSince >= settle.toNanos()) {
                    return;
                }
            } else {
                caughtUpSince = -1;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("projections did not catch up within " + timeout + ": " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rebuilding

    /** A row no event produces, planted in a read model so that its disappearance shows the reset really happened. */
    static final String SENTINEL_CASE = "00000000-0000-4000-8000-00000000dead";

    /**
     * Asks for a rebuild of each named processor ({@code 202}), then waits until each read model has been emptied
     * (a planted row is gone) and refilled (lag 0, not replaying): a rebuild is asynchronous, and right after the
     * {@code 202} the status still shows the caught-up processor from before.
     */
    void rebuild(Duration timeout, String... names) {
        rebuild(timeout, () -> {
            for (String name : names) {
                Api.Response accepted = api.as(MANAGER).post("/api/admin/projections/" + name + "/rebuild", null);
                assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            }
        }, names);
    }

    /** As {@link #rebuild(Duration, String...)}, with the rebuild started by {@code start} instead of the API. */
    void rebuild(Duration timeout, Runnable start, String... names) {
        try {
            plantSentinels(names);
            start.run();
            awaitProjections(timeout, () -> sentinelsLeft() == 0);
        } finally {
            removeSentinels();
        }
    }

    private void plantSentinels(String... names) {
        OwnSchema.sql(schema, connection -> {
            for (String name : names) {
                if (name.equals("caseload")) {
                    connection.createStatement().executeUpdate("INSERT INTO caseload_case (case_id, supporter, status,"
                            + " level, opened_on, last_contact_on, state) VALUES ('" + SENTINEL_CASE + "',"
                            + " 'rebuild-sentinel', 'OPEN', 1, DATE '2000-01-01', NULL, '{}')");
                } else if (name.equals("reports")) {
                    connection.createStatement().executeUpdate("INSERT INTO report_case (case_id, level, supporter)"
                            + " VALUES ('" + SENTINEL_CASE + "', 1, 'rebuild-sentinel')");
                }
            }
            return null;
        });
    }

    private long sentinelsLeft() {
        return OwnSchema.sql(schema, connection -> {
            var rows = connection.createStatement().executeQuery("SELECT (SELECT count(*) FROM caseload_case"
                    + " WHERE case_id = '" + SENTINEL_CASE + "') + (SELECT count(*) FROM report_case"
                    + " WHERE case_id = '" + SENTINEL_CASE + "')");
            rows.next();
            return rows.getLong(1);
        });
    }

    private void removeSentinels() {
        OwnSchema.sql(schema, connection -> {
            connection.createStatement().executeUpdate("DELETE FROM caseload_case WHERE case_id = '" + SENTINEL_CASE
                    + "'");
            connection.createStatement().executeUpdate("DELETE FROM report_case WHERE case_id = '" + SENTINEL_CASE
                    + "'");
            return null;
        });
    }

    private static boolean caughtUp(JsonNode statuses) {
        int found = 0;
        for (JsonNode status : statuses) {
            if (PROCESSORS.contains(status.path("name").asText())) {
                found++;
                if (!status.path("error").isNull() && !status.path("error").isMissingNode()) {
                    throw new AssertionError("projection in error: " + status);
                }
                if (status.path("lag").asLong(-1) != 0 || status.path("replaying").asBoolean(true)) {
                    return false;
                }
            }
        }
        return found == PROCESSORS.size();
    }
}

package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.casebook.adapters.CasebookApplication;
import org.casebook.adapters.it.fuzz.FuzzRequest;
import org.casebook.adapters.it.fuzz.Operation;
import org.casebook.adapters.it.fuzz.RawHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hostile input on every operation of {@code /v3/api-docs} (issue 6, item 5): malformed and oversized bodies, wrong
 * types, unicode edges, injection strings, bad ids, dates, enums and headers, sent as every role to real seeded cases
 * as well as unknown ones. Whatever comes in, the service answers below 500, errors are RFC 9457 problems, no
 * response shows a stack trace or SQL, and an event is appended only by a request that was answered 2xx.
 *
 * <p>Each try is generated from a seed ({@code -Dcasebook.fuzz.seed}, random by default and printed) plus its number,
 * so a failure names the seed and try that reproduce it. Tries: {@code -Dcasebook.fuzz.tries} (default in
 * adapters/pom.xml). The class starts the service itself, once, on a schema of its own in the same PostgreSQL that
 * {@link PostgresIntegrationTest} uses. (It was first written on jqwik, whose engine asks AI agents not to use it;
 * the generator never needed more than a seeded {@link Random}, so it runs on plain JUnit: docs/decisions 0015.)
 */
class ApiFuzzIT {

    private static final List<String> USERS = List.of("caseworker1", "volunteer1", "manager1", "auditor1", "dg1");
    private static final List<String> LEAKS = List.of("at org.", "Exception", "java.", "\tat ", "SELECT", "INSERT",
            "syntax error", "org.postgresql", "PSQLException", "duplicate key", "springframework");

    private static final String SCHEMA = "casebook_fuzz_" + UUID.randomUUID().toString().replace("-", "")
            .substring(0, 12);

    private static ConfigurableApplicationContext service;
    private static Connection database;
    private static RawHttp http;
    private static List<Operation> operations;
    private static final Map<String, List<String>> IDS = new HashMap<>();

    @BeforeAll
    static void startTheService() throws SQLException {
        try (Connection admin = DriverManager.getConnection(PostgresIntegrationTest.URL, PostgresIntegrationTest.USER,
                PostgresIntegrationTest.PASSWORD)) {
            admin.createStatement().execute("CREATE SCHEMA " + SCHEMA);
        }
        String url = PostgresIntegrationTest.URL + (PostgresIntegrationTest.URL.contains("?") ? "&" : "?")
                + "currentSchema=" + SCHEMA;
        // Arguments, not default properties: application-postgres.yml must not win over them.
        service = new SpringApplicationBuilder(CasebookApplication.class)
                .profiles("postgres", "demo")
                .run("--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + PostgresIntegrationTest.USER,
                        "--spring.datasource.password=" + PostgresIntegrationTest.PASSWORD,
                        "--spring.flyway.schemas=" + SCHEMA,
                        "--spring.flyway.default-schema=" + SCHEMA,
                        "--spring.datasource.hikari.maximum-pool-size=6");
        database = DriverManager.getConnection(url, PostgresIntegrationTest.USER, PostgresIntegrationTest.PASSWORD);
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        http = new RawHttp(port);
        Api api = new Api("http://127.0.0.1:" + port, service.getBean(ObjectMapper.class));
        operations = Operation.all(api.as(null).get("/v3/api-docs").json());
        seed(api);
    }

    /**
     * Whatever was accepted, every projection kept up: a value the HTTP layer let through but a read model's table
     * refuses would stop a processor without any response showing it.
     */
    @AfterAll
    static void everyProjectionKeptUpThenStop() throws Exception {
        try {
            everyProjectionKeptUp();
        } finally {
            stopTheService();
        }
    }

    private static void everyProjectionKeptUp() throws InterruptedException {
        Api api = new Api("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort(),
                service.getBean(ObjectMapper.class));
        JsonNode projections = null;
        for (int wait = 0; wait < 60; wait++) {
            projections = api.as("manager1").get("/api/admin/projections").json();
            boolean caughtUp = true;
            for (JsonNode projection : projections) {
                caughtUp &= projection.path("lag").asLong() == 0 && !projection.path("replaying").asBoolean()
                        && (projection.path("error").isNull() || projection.path("error").isMissingNode());
            }
            if (caughtUp) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("projections behind after the fuzzing: " + projections);
    }

    private static void stopTheService() throws SQLException {
        if (database != null) {
            database.close();
        }
        if (service != null) {
            service.close();
        }
        try (Connection admin = DriverManager.getConnection(PostgresIntegrationTest.URL, PostgresIntegrationTest.USER,
                PostgresIntegrationTest.PASSWORD)) {
            admin.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void hostileInputIsAnsweredWithAProblemAndAppendsNothing() throws Exception {
        long seed = Long.getLong("casebook.fuzz.seed", new Random().nextLong());
        int tries = Integer.getInteger("casebook.fuzz.tries", 600);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int attempt = 0; attempt < tries; attempt++) {
            FuzzRequest request = request(new Random(seed + attempt));
            try {
                statuses.merge(check(request), 1, Integer::sum);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("try " + attempt + " of seed " + seed + " (-Dcasebook.fuzz.seed=" + seed
                        + "): " + failure.getMessage(), failure);
            }
        }
        System.out.printf("[fuzz] %d tries, seed %d, statuses %s%n", tries, seed, statuses);
    }

    private static FuzzRequest request(Random random) {
        Operation operation = operations.get(random.nextInt(operations.size()));
        int pick = random.nextInt(10);
        String user = pick < 3 ? "caseworker1" : pick < 8 ? "manager1" : USERS.get(random.nextInt(USERS.size()));
        return FuzzRequest.build(operation, user, new Random(random.nextLong()), IDS);
    }

    private static int check(FuzzRequest request) throws Exception {
        long before = storedEvents();
        RawHttp.Reply reply = http.send(request.method(), request.target(), request.headers(), request.body());
        long after = storedEvents();

        assertThat(reply.status()).as("status of %s: %s", request, reply).isLessThan(500);
        if (reply.status() >= 400 && !reply.body().isEmpty()) {
            assertThat(reply.header("Content-Type")).as("Content-Type of %s: %s", request, reply)
                    .startsWith("application/problem+json");
            JsonNode problem = service.getBean(ObjectMapper.class).readTree(reply.body().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(problem.path("status").asInt()).as("problem of %s: %s", request, reply)
                    .isEqualTo(reply.status());
            // The problem's instance is the request's own path, which may hold anything the caller put there.
            ((com.fasterxml.jackson.databind.node.ObjectNode) problem).remove("instance");
            String shown = problem.toString();
            for (String leak : LEAKS) {
                assertThat(shown).as("%s answered %s", request, reply).doesNotContain(leak);
            }
        }
        if (reply.status() < 200 || reply.status() >= 300) {
            assertThat(after).as("events stored after %s answered %s", request, reply).isEqualTo(before);
        }
        return reply.status();
    }

    private static long storedEvents() throws SQLException {
        try (var rows = database.createStatement().executeQuery("SELECT count(*) FROM domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Real things for path ids and body fields to name, so that tries reach command validation and the case's rules
     * rather than stopping at 404: a level-2 case allocated to volunteer1 with consents, a meeting, a mediation
     * referral and a complaint; Development Group members and a meeting; the projections.
     */
    private static void seed(Api api) {
        Cases cases = new Cases(api);
        for (int i = 0; i < 3; i++) {
            String caseId = cases.levelTwoCase();
            remember("caseId", caseId);
            cases.allocate(caseId, "volunteer1");
            remember("consentId", cases.giveSharingConsent(caseId, "SCHOOL", Cases.daysAgo(100)));
            collectIds(api.as("caseworker1").post(Cases.path(caseId) + "/meetings", Cases.body("meetingType",
                    "ANNUAL_REVIEW", "heldOn", Cases.daysAgo(90), "support", List.of("ATTENDED"),
                    "viewsConveyedForParent", true)));
            collectIds(api.as("caseworker1").post(Cases.path(caseId) + "/mediation-referrals", Cases.body(
                    "referredOn", Cases.daysAgo(80), "provider", "Mediation Works", "reason", "OTHER",
                    "referredBy", "PARENT")));
            collectIds(api.as("caseworker1").post(Cases.path(caseId) + "/complaints", Cases.body(
                    "receivedOn", Cases.daysAgo(70), "summary", "Late reply")));
        }
        DevelopmentGroupSeats.vacateAll(api);
        for (String constituency : List.of("PARENT", "PARENT", "HEALTH")) {
            collectIds(api.as("manager1").post("/api/development-group/members", Cases.body("name", "Member",
                    "constituency", constituency, "chair", false, "joinedOn", Cases.daysAgo(30))));
        }
        List<String> members = IDS.getOrDefault("memberId", List.of());
        collectIds(api.as("manager1").post("/api/development-group/meetings", Cases.body("heldOn",
                Cases.daysAgo(0), "present", members, "apologies", List.of(), "chairedBy", members.get(0))));
        api.as("manager1").get("/api/admin/projections").json().forEach(projection ->
                remember("name", projection.path("name").asText()));
        IDS.values().removeIf(List::isEmpty);
        assertThat(IDS).as("seeded ids").containsKeys("caseId", "consentId", "meetingId", "referralId",
                "complaintId", "memberId");
    }

    private static void collectIds(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        for (Iterator<Map.Entry<String, JsonNode>> fields = response.json().fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith("Id") && !field.getKey().equals("caseId")) {
                remember(field.getKey(), field.getValue().asText());
            }
        }
    }

    private static void remember(String name, String value) {
        IDS.computeIfAbsent(name, unused -> new ArrayList<>()).add(value);
    }
}

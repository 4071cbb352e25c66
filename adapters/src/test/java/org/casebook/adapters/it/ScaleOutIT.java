package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two real Casebook processes on one PostgreSQL schema: both take commands, each works half of every projection's
 * segments, and when one is killed ({@code kill -9}) the other takes its segments over within Axon's claim timeout
 * and carries on; an erasure answered by one is honoured by the other at once. Runs the jar the build has just
 * packaged, so it tests what ships.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    static final String SCHEMA = "casebook_scale_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static final String WORKER = "caseworker-scale";

    static Node first;
    static Node second;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        sql("CREATE SCHEMA " + SCHEMA);
        first = Node.start("first");
        first.awaitHealthy();
        second = Node.start("second");
        second.awaitHealthy();
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (Node node : new Node[] {first, second}) {
            if (node != null) {
                node.kill();
            }
        }
        sql("DROP SCHEMA " + SCHEMA + " CASCADE");
    }

    /** Contract, "Reading your own writes": a write on one node, read on the other with its position. */
    @Test
    @Order(1)
    void aReadOnTheOtherNodeWaitsForThePositionItIsGiven() {
        String worker = "caseworker-after";
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String caseId = first.cases.openEnquiry();
            Api.Response allocated = first.api.as(Cases.CASEWORKER).post(Cases.path(caseId) + "/supporter",
                    Cases.body("username", worker, "role", "STAFF"));
            assertThat(allocated.status()).as(allocated.toString()).isBetween(200, 299);
            String position = allocated.header("Casebook-Position");

            long started = System.nanoTime();
            Api.Response caseload = second.api.as(Cases.CASEWORKER).header("Casebook-After", position)
                    .get("/api/caseload?worker=" + worker);
            millis.add((System.nanoTime() - started) / 1_000_000);

            assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
            assertThat(caseload.header("Casebook-Stale")).as("read %d on the other node", i).isNull();
            Set<String> ids = new TreeSet<>();
            caseload.json().forEach(entry -> ids.add(entry.get("caseId").asText()));
            assertThat(ids).as("read %d on the other node, after position %s", i, position).contains(caseId);
        }
        millis.sort(null);
        System.out.printf("[scale-out] read on the other node with Casebook-After: median %d ms, max %d ms%n",
                millis.get(10), millis.get(19));
    }

    /**
     * An erasure answered by one node holds on the other at once: no key is reused across requests (CaseKeys), so
     * the very next read on the other node finds the key destroyed. Before each erasure the other node has just read
     * the case in full, so a key cached from that read would show.
     */
    @Test
    @Order(2)
    void anErasureOnOneNodeHoldsOnTheOtherAtOnce() {
        for (int round = 0; round < 50; round++) {
            String canary = "Thistledown" + UUID.randomUUID().toString().substring(0, 8);
            String caseId = first.cases.openEnquiry();
            first.cases.giveRecordKeepingConsent(caseId);
            Api.Response details = first.api.as(Cases.CASEWORKER).put(Cases.path(caseId) + "/personal-details",
                    Cases.body("parent", Cases.body("name", canary + " Parent", "address", "1 " + canary + " Road",
                                    "phone", "01752 000111", "email", canary + "@example.org"),
                            "child", Cases.body("name", canary + " Child", "dateOfBirth", "2015-03-01",
                                    "school", "Hillside Primary", "needsSummary", "Needs " + canary)));
            assertThat(details.status()).as(details.toString()).isEqualTo(200);
            assertThat(second.api.as(Cases.CASEWORKER).get(Cases.path(caseId)).body()).contains(canary);

            Api.Response erased = first.api.as("manager1").post(Cases.path(caseId) + "/erasure",
                    Cases.body("reason", "The parent asked for erasure"));
            assertThat(erased.status()).as(erased.toString()).isEqualTo(201);

            // The case itself every round; its history and subject access every fifth (a loaded machine).
            List<String> reads = round % 5 == 0 ? List.of(Cases.path(caseId), Cases.path(caseId) + "/history",
                    Cases.path(caseId) + "/subject-access") : List.of(Cases.path(caseId));
            for (String path : reads) {
                Api.Response read = second.api.as("manager1").get(path);
                assertThat(read.status()).as(path).isEqualTo(200);
                assertThat(read.body()).as("round " + round + ", " + path + " on the other node")
                        .doesNotContain(canary);
            }
        }
    }

    /**
     * Each node keeps the cases it worked on warm (CaseCache, ADR 0029), and trusts one only while the store agrees:
     * commands on one case taking turns between the nodes, two at a time so that each node both finds its case warm
     * and finds it behind the other node's work, are all accepted, in order, with no conflict a client did not cause,
     * including one sent with the If-Match the other node answered.
     */
    @Test
    @Order(3)
    void commandsOnOneCaseMayAlternateBetweenNodesThatEachKeepItWarm() {
        double[] hitsBefore = {first.caseCache("hit"), second.caseCache("hit")};
        double[] staleBefore = {first.caseCache("stale"), second.caseCache("stale")};
        String caseId = first.cases.openEnquiry();
        long version = 1;
        for (int i = 0; i < 12; i++) {
            Node node = i % 4 < 2 ? first : second;
            Api.Call call = node.api.as(Cases.CASEWORKER);
            if (i == 6) {
                call = call.header("If-Match", "\"" + version + "\"");
            }
            Api.Response contact = call.post(Cases.path(caseId) + "/contacts",
                    Cases.body("contactOn", Cases.daysAgo(1), "channel", "PHONE"));
            assertThat(contact.status()).as("command %d on the %s node: %s", i, node.name, contact).isEqualTo(201);
            assertThat(contact.json().get("version").asLong()).as("command %d", i).isEqualTo(++version);
        }
        for (Node node : new Node[] {first, second}) {
            assertThat(node.cases.eventTypes(caseId)).as("history on the %s node", node.name)
                    .containsExactly("EnquiryReceived", "ContactRecorded", "ContactRecorded", "ContactRecorded",
                            "ContactRecorded", "ContactRecorded", "ContactRecorded", "ContactRecorded",
                            "ContactRecorded", "ContactRecorded", "ContactRecorded", "ContactRecorded",
                            "ContactRecorded");
        }
        assertThat(first.caseCache("hit")).as("the first node used its warm case").isGreaterThan(hitsBefore[0]);
        assertThat(second.caseCache("hit")).as("the second node used its warm case").isGreaterThan(hitsBefore[1]);
        assertThat(first.caseCache("stale")).as("the first node noticed the other's work")
                .isGreaterThan(staleBefore[0]);
        assertThat(second.caseCache("stale")).as("the second node noticed the other's work")
                .isGreaterThan(staleBefore[1]);
    }

    /** A case one node keeps warm is erased on the other: the next command on the warm node is refused as erased. */
    @Test
    @Order(4)
    void aCaseErasedOnOneNodeTakesNoCommandOnTheNodeThatKeptItWarm() {
        String caseId = first.cases.openEnquiry();
        first.cases.giveRecordKeepingConsent(caseId);
        first.cases.recordContact(caseId, Cases.daysAgo(1));

        Api.Response erased = second.api.as("manager1").post(Cases.path(caseId) + "/erasure",
                Cases.body("reason", "The parent asked for erasure"));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(201);

        Api.Response refused = first.api.as(Cases.CASEWORKER).post(Cases.path(caseId) + "/contacts",
                Cases.body("contactOn", Cases.daysAgo(0), "channel", "PHONE"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("/problems/case-erased");
    }

    @Test
    @Order(5)
    void twoNodesShareTheWorkAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
        // Both nodes take commands, and each sees what the other recorded.
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Node node = i % 2 == 0 ? first : second;
            String caseId = node.cases.openEnquiry();
            node.allocate(caseId);
            cases.add(caseId);
        }
        for (String caseId : cases) {
            assertThat(first.api.as(Cases.CASEWORKER).get(Cases.path(caseId)).status()).isEqualTo(200);
            assertThat(second.api.as(Cases.CASEWORKER).get(Cases.path(caseId)).status()).isEqualTo(200);
        }

        // The read models' processor's four segments (both names show it, ADR 0027) end up shared two and two.
        for (String projection : List.of("caseload", "reports")) {
            await(Duration.ofSeconds(90), "segments of " + projection + " shared between the nodes", () -> {
                Set<Integer> onFirst = first.claimedSegments(projection);
                Set<Integer> onSecond = second.claimedSegments(projection);
                return onFirst.size() == 2 && onSecond.size() == 2 && union(onFirst, onSecond).size() == 4;
            });
        }
        await(Duration.ofSeconds(30), "caseload built from both nodes' work",
                () -> first.caseload().containsAll(cases) && second.caseload().containsAll(cases));

        // Killed without warning, the second node's claims lapse and the first takes over its segments.
        long killedAt = System.nanoTime();
        second.kill();
        for (String projection : List.of("caseload", "reports")) {
            // Claims lapse at most CLAIM_TIMEOUT after the kill; the survivor looks every 2 s; the rest is slack for
            // a loaded two-core machine.
            await(CLAIM_TIMEOUT.plus(Duration.ofSeconds(2 + 8)), "first node holds every segment of " + projection,
                    () -> first.claimedSegments(projection).size() == 4);
        }
        Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
        System.out.printf("[scale-out] segments taken over %.1f s after kill -9 (claim timeout %d s)%n",
                takeover.toMillis() / 1000.0, CLAIM_TIMEOUT.toSeconds());

        String afterwards = first.cases.openEnquiry();
        first.allocate(afterwards);
        await(Duration.ofSeconds(30), "caseload keeps up on the surviving node",
                () -> first.caseload().contains(afterwards));
        JsonNode reports = first.projections();
        for (JsonNode projection : reports) {
            assertThat(projection.get("error").isNull()).as(projection.toString()).isTrue();
            assertThat(projection.get("running").asBoolean()).as(projection.toString()).isTrue();
        }
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void await(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit.toSeconds() + " s: " + what
                        + " (first: " + describe(first) + "; second: " + describe(second) + ")");
            }
            Thread.sleep(250);
        }
    }

    private static String describe(Node node) {
        try {
            return node.process.isAlive() ? node.projections().toString() : "not running";
        } catch (RuntimeException unreachable) {
            return "unreachable";
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresIntegrationTest.URL,
                PostgresIntegrationTest.USER, PostgresIntegrationTest.PASSWORD)) {
            connection.createStatement().execute(statement);
        }
    }

    /** One Casebook JVM started from the packaged jar. */
    static final class Node {

        final Process process;
        final Api api;
        final Cases cases;
        final String name;

        private Node(String name, Process process, int port) {
            this.name = name;
            this.process = process;
            this.api = new Api("http://127.0.0.1:" + port, new ObjectMapper());
            this.cases = new Cases(api);
        }

        static Node start(String name) throws IOException {
            File jar = new File("target/casebook.jar");
            assertThat(jar).as("the packaged jar (mvn verify builds it before the integration tests)").exists();
            int port = freePort();
            Path log = Files.createDirectories(Path.of("target", "scale-out")).resolve(name + ".log");
            String url = PostgresIntegrationTest.URL + (PostgresIntegrationTest.URL.contains("?") ? "&" : "?")
                    + "currentSchema=" + SCHEMA;
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                    "-jar", jar.getAbsolutePath(),
                    "--server.port=" + port,
                    "--spring.profiles.active=postgres,demo",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + PostgresIntegrationTest.USER,
                    "--spring.datasource.password=" + PostgresIntegrationTest.PASSWORD,
                    "--spring.datasource.hikari.maximum-pool-size=6",
                    "--spring.flyway.schemas=" + SCHEMA,
                    "--spring.flyway.default-schema=" + SCHEMA,
                    "--casebook.keys.master-key-file=" + TestMasterKeys.SHARED,
                    "--axon.eventhandling.tokenstore.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            return new Node(name, builder.start(), port);
        }

        void awaitHealthy() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as(name + " node exited; see target/scale-out/" + name + ".log")
                        .isTrue();
                try {
                    if (api.as(null).get("/actuator/health").status() == 200) {
                        return;
                    }
                } catch (RuntimeException notYetListening) {
                    // still starting
                }
                Thread.sleep(500);
            }
            throw new AssertionError(name + " node not healthy within 240 s (a loaded machine)");
        }

        void allocate(String caseId) {
            Api.Response allocated = api.as(Cases.CASEWORKER).post(Cases.path(caseId) + "/supporter",
                    Cases.body("username", WORKER, "role", "STAFF"));
            assertThat(allocated.status()).as(allocated.toString()).isBetween(200, 299);
        }

        JsonNode projections() {
            Api.Response response = api.as("manager1").get("/api/admin/projections");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            return response.json();
        }

        Set<Integer> claimedSegments(String projection) {
            for (JsonNode status : projections()) {
                if (status.get("name").asText().equals(projection)) {
                    Set<Integer> claimed = new TreeSet<>();
                    status.get("claimedSegments").forEach(segment -> claimed.add(segment.asInt()));
                    return claimed;
                }
            }
            throw new AssertionError("no projection " + projection);
        }

        Set<String> caseload() {
            Api.Response response = api.as(Cases.CASEWORKER).get("/api/caseload?worker=" + WORKER);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            Set<String> ids = new TreeSet<>();
            response.json().forEach(entry -> ids.add(entry.get("caseId").asText()));
            return ids;
        }

        /** {@code casebook_case_cache_total} for one outcome on this node. */
        double caseCache(String outcome) {
            String metrics = api.as("manager1").get("/actuator/prometheus").body();
            Matcher line = Pattern.compile("(?m)^casebook_case_cache_total\\{[^}]*outcome=\"" + outcome
                    + "\"[^}]*} (\\S+)$").matcher(metrics);
            assertThat(line.find()).as("casebook_case_cache_total{outcome=%s} on the %s node", outcome, name).isTrue();
            return Double.parseDouble(line.group(1));
        }

        void kill() throws InterruptedException {
            // destroyForcibly is SIGKILL on Linux: no shutdown hooks, no releasing of claims.
            process.destroyForcibly();
            process.waitFor();
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}

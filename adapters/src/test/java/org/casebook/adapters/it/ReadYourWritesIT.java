package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ReadSideFixtures.body;
import static org.casebook.adapters.it.ReadSideFixtures.caseIds;
import static org.casebook.adapters.it.ReadSideFixtures.today;
import static org.casebook.adapters.it.ReadSideFixtures.uniqueWorker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.casebook.adapters.web.http.RequestThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contract, "Reading your own writes": every command answer carries {@code Casebook-Position}; a read-model query
 * waits for its read model to reach {@code Casebook-After} or, without it, the caller's own last write.
 */
class ReadYourWritesIT extends PostgresIntegrationTest {

    static final String CASEWORKER = ReadSideFixtures.CASEWORKER;

    ReadSideFixtures given;

    @Autowired
    RequestThreads requestThreads;

    @BeforeEach
    void fixtures() {
        given = new ReadSideFixtures(api);
    }

    @Test
    void anAllocationIsInTheCaseloadReadAtOnceWithoutAnyHeader() {
        String worker = uniqueWorker();
        List<Long> readMillis = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String caseId = given.enquiry(today().minusDays(3));
            Api.Response allocated = api.as(CASEWORKER).post("/api/cases/" + caseId + "/supporter",
                    body("username", worker, "role", "STAFF"));
            assertThat(allocated.status()).as(allocated.toString()).isBetween(200, 299);

            long started = System.nanoTime();
            Api.Response caseload = api.as(CASEWORKER).get("/api/caseload?worker=" + worker);
            readMillis.add((System.nanoTime() - started) / 1_000_000);

            assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
            assertThat(caseload.header("Casebook-Stale")).as("read %d", i).isNull();
            assertThat(caseIds(caseload.json())).as("read %d right after allocating", i).contains(caseId);
        }
        Collections.sort(readMillis);
        System.out.printf("[read-your-writes] caseload read right after allocating: p50 %d ms, p99 %d ms, max %d ms%n",
                readMillis.get(99), readMillis.get(197), readMillis.get(199));
    }

    /**
     * A case note changes no read model, so the segment that skips it stores no token for it: the next read used to
     * wait the whole max-wait (2 s) for a position its read models will never "reach" and answer stale.
     */
    @Test
    void aWriteNoReadModelTakesDoesNotHoldUpTheNextRead() {
        Cases cases = new Cases(api);
        String worker = uniqueWorker();
        List<Long> readMillis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String caseId = cases.levelTwoCase();
            assertThat(api.as(CASEWORKER).post(Cases.path(caseId) + "/supporter",
                    body("username", worker, "role", "STAFF")).status()).isBetween(200, 299);
            Api.Response note = api.as(CASEWORKER).post(Cases.path(caseId) + "/notes",
                    body("writtenOn", today().toString(), "text", "Talked through the draft statement"));
            assertThat(note.status()).as(note.toString()).isEqualTo(201);

            long started = System.nanoTime();
            Api.Response own = api.as(CASEWORKER).get("/api/caseload?worker=" + worker);
            readMillis.add((System.nanoTime() - started) / 1_000_000);
            assertThat(own.header("Casebook-Stale")).as("own read %d after a note", i).isNull();
            assertThat(caseIds(own.json())).as("own read %d after a note", i).contains(caseId);

            Api.Response other = api.as("manager1").header("Casebook-After", note.header("Casebook-Position"))
                    .get("/api/caseload?worker=" + worker);
            assertThat(other.header("Casebook-Stale")).as("another user's read %d after the note's position", i)
                    .isNull();
            assertThat(caseIds(other.json())).contains(caseId);
        }
        Collections.sort(readMillis);
        assertThat(readMillis.get(9)).as("slowest read after a note (ms)").isLessThan(1_000L);
    }

    @Test
    void everyCommandAnswerCarriesItsStorePositionAndAReplayTheOriginalOne() {
        Map<String, Object> enquiry = body("receivedOn", today().toString(), "channel", "PHONE",
                "enquirerRole", "PARENT", "about", "CHILD", "topics", List.of("STATUTORY_ASSESSMENT"));
        String key = UUID.randomUUID().toString();
        Api.Response first = api.as(CASEWORKER).header("Idempotency-Key", key).post("/api/enquiries", enquiry);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long position = Long.parseLong(first.header("Casebook-Position"));
        String caseId = first.json().get("caseId").asText();
        assertThat(position).isEqualTo(globalIndexOfLastEventOf(caseId));

        Api.Response second = api.as(CASEWORKER).post("/api/cases/" + caseId + "/supporter",
                body("username", uniqueWorker(), "role", "STAFF"));
        long next = Long.parseLong(second.header("Casebook-Position"));
        assertThat(next).isGreaterThan(position).isEqualTo(globalIndexOfLastEventOf(caseId));

        Api.Response replayed = api.as(CASEWORKER).header("Idempotency-Key", key).post("/api/enquiries", enquiry);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("Casebook-Position")).isEqualTo(Long.toString(position));
    }

    @Test
    void aReadAfterAPositionNotYetReachedWaitsAtMostMaxWaitAndSaysItIsStale() {
        given.enquiry(today());
        long beyond = globalIndexOfLastEvent() + 1_000_000;
        long started = System.nanoTime();
        Api.Response caseload = api.as("manager1").header("Casebook-After", Long.toString(beyond))
                .get("/api/caseload?worker=" + uniqueWorker());
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(caseload.status()).isEqualTo(200);
        assertThat(caseload.header("Casebook-Stale")).isEqualTo("true");
        assertThat(waited).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(10));
    }

    /**
     * A read that waits for its read model holds no request thread (ADR 0033's cost, taken away by WaitingReads):
     * with four times as many reads waiting out their max-wait as Tomcat has threads, a command is still answered at
     * once, and every read is then answered, stale. Were each wait on a request thread, the command would queue behind
     * them for the whole two seconds.
     */
    @Test
    void readsWaitingForTheirReadModelLeaveTheRequestThreadsToCommands() throws Exception {
        given.enquiry(today());
        long beyond = globalIndexOfLastEvent() + 1_000_000;
        int reads = requestThreads.max() * 4;
        ExecutorService pool = Executors.newFixedThreadPool(reads);
        try {
            List<Future<Api.Response>> waiting = new ArrayList<>();
            for (int i = 0; i < reads; i++) {
                waiting.add(pool.submit(() -> api.as("manager1").header("Casebook-After", Long.toString(beyond))
                        .get("/api/caseload?worker=" + uniqueWorker())));
            }
            Thread.sleep(500); // the reads are in and waiting
            long started = System.nanoTime();
            Api.Response enquiry = api.as(CASEWORKER).post("/api/enquiries", body("receivedOn", today().toString(),
                    "channel", "PHONE", "enquirerRole", "PARENT", "about", "CHILD", "topics", List.of("EXCLUSION")));
            Duration answered = Duration.ofNanos(System.nanoTime() - started);

            assertThat(enquiry.status()).as(enquiry.toString()).isEqualTo(201);
            assertThat(waiting).as("reads still waiting when the command was answered")
                    .allSatisfy(read -> assertThat(read.isDone()).isFalse());
            assertThat(answered).isLessThan(Duration.ofMillis(1000));
            for (Future<Api.Response> read : waiting) {
                Api.Response caseload = read.get(30, TimeUnit.SECONDS);
                assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
                assertThat(caseload.header("Casebook-Stale")).isEqualTo("true");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherUsersReadWaitsForThePositionItNames() {
        String worker = uniqueWorker();
        for (int i = 0; i < 20; i++) {
            String caseId = given.enquiry(today().minusDays(1));
            Api.Response allocated = api.as(CASEWORKER).post("/api/cases/" + caseId + "/supporter",
                    body("username", worker, "role", "STAFF"));
            Api.Response caseload = api.as("manager1")
                    .header("Casebook-After", allocated.header("Casebook-Position"))
                    .get("/api/caseload?worker=" + worker);
            assertThat(caseload.header("Casebook-Stale")).isNull();
            assertThat(caseIds(caseload.json())).contains(caseId);
        }
    }

    @Test
    void reportsAndTheDevelopmentGroupAcceptTheHeader() {
        given.enquiry(today());
        String position = Long.toString(globalIndexOfLastEvent());
        Api.Response report = api.as("dg1").header("Casebook-After", position)
                .header("Accept", "application/json")
                .get("/api/reports/development-group?academicYear=" + (today().getYear() - 1));
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.header("Casebook-Stale")).isNull();

        Api.Response members = api.as("dg1").header("Casebook-After", position)
                .get("/api/development-group/members");
        assertThat(members.status()).as(members.toString()).isEqualTo(200);
        assertThat(members.header("Casebook-Stale")).isNull();
    }

    @Test
    void aPositionThatIsNoNumberIsRefused() {
        Api.Response caseload = api.as(CASEWORKER).header("Casebook-After", "soon").get("/api/caseload");
        assertThat(caseload.status()).isEqualTo(400);
        assertThat(caseload.body()).contains("Casebook-After").doesNotContain("soon");
    }

    private static long globalIndexOfLastEventOf(String caseId) {
        return sql(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?");
            statement.setString(1, caseId);
            var rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
    }

    private static long globalIndexOfLastEvent() {
        return sql(connection -> {
            var rows = connection.createStatement().executeQuery("SELECT max(global_index) FROM domain_event_entry");
            rows.next();
            return rows.getLong(1);
        });
    }
}

package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalid;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET a case now, as it stood at an instant, and its history. */
class CaseQueryIT extends PostgresIntegrationTest {

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    static String asOf(Instant instant) {
        return "?asOf=" + URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    /** An instant strictly between what was recorded before and what will be recorded after. */
    static Instant pause() {
        sleep();
        Instant between = Instant.now();
        sleep();
        return between;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void showsTheCaseAsItStandsWithItsVersionAsETag() {
        String caseId = cases.openEnquiry(daysAgo(30));
        String consentId = cases.giveConsent(caseId, "RECORD_KEEPING", daysAgo(29));
        cases.allocate(caseId, "volunteer1");

        Api.Response shown = api.as("caseworker1").get(path(caseId));

        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.header("ETag")).isEqualTo("\"3\"");
        JsonNode view = shown.json();
        assertThat(view.get("caseId").asText()).isEqualTo(caseId);
        assertThat(view.get("level").asInt()).isEqualTo(1);
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("openedOn").asText()).isEqualTo(daysAgo(30));
        assertThat(view.get("channel").asText()).isEqualTo("PHONE");
        assertThat(view.get("enquirerRole").asText()).isEqualTo("PARENT");
        assertThat(view.get("topics")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("STATUTORY_ASSESSMENT", "SCHOOL_BASED_SUPPORT");
        assertThat(view.at("/supporter/username").asText()).isEqualTo("volunteer1");
        assertThat(view.at("/consents/0/consentId").asText()).isEqualTo(consentId);
        assertThat(view.get("personalDetails").isNull()).isTrue();
        assertThat(view.get("appealDeadlines").isArray()).isTrue();
        assertThat(view.get("mediationReferrals").isArray()).isTrue();
        assertThat(view.has("evaluationDueOn")).isTrue();
        assertThat(view.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void listsTheHistoryInOrderWithWhoRecordedEachEventAndWhen() {
        Instant before = Instant.now();
        String caseId = cases.openEnquiry(daysAgo(30));
        api.as("caseworker2").post(path(caseId) + "/contacts", body("contactOn", daysAgo(20), "channel", "EMAIL"));
        api.as("manager1").post(path(caseId) + "/signposting", body("givenOn", daysAgo(10),
                "organisations", List.of("ACE")));

        Api.Response history = api.as("caseworker1").get(path(caseId) + "/history");

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().get("caseId").asText()).isEqualTo(caseId);
        JsonNode events = history.json().get("events");
        assertThat(events).extracting(event -> event.get("sequence").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(events).extracting(event -> event.get("type").asText())
                .containsExactly("EnquiryReceived", "ContactRecorded", "SignpostingGiven");
        assertThat(events).extracting(event -> event.get("occurredOn").asText())
                .containsExactly(daysAgo(30), daysAgo(20), daysAgo(10));
        assertThat(events).extracting(event -> event.get("recordedBy").asText())
                .containsExactly("caseworker1", "caseworker2", "manager1");
        List<Instant> recordedAt = new ArrayList<>();
        events.forEach(event -> recordedAt.add(Instant.parse(event.get("recordedAt").asText())));
        assertThat(recordedAt).isSorted().allSatisfy(at -> assertThat(at)
                .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1)));
        assertThat(events.get(1).at("/data/channel").asText()).isEqualTo("EMAIL");
    }

    @Test
    void theHistoryCarriesTheCaseVersionAsETag() {
        String caseId = cases.openEnquiry();
        cases.recordContact(caseId, daysAgo(3));

        Api.Response history = api.as("caseworker1").get(path(caseId) + "/history");

        assertThat(history.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void answersNotFoundForAnUnknownCase() {
        Api.Response shown = api.as("caseworker1").get(path(UUID.randomUUID().toString()));

        assertProblem(shown, 404);
    }

    @Test
    void answersNotFoundForTheHistoryOfAnUnknownCase() {
        Api.Response shown = api.as("caseworker1").get(path(UUID.randomUUID().toString()) + "/history");

        assertProblem(shown, 404);
    }

    @Test
    void answersNotFoundForAMalformedCaseId() {
        Api.Response shown = api.as("caseworker1").get(path("case-42"));

        assertProblem(shown, 404);
    }

    @Test
    void answersNotFoundForTheHistoryOfAMalformedCaseId() {
        Api.Response shown = api.as("caseworker1").get(path("not-a-uuid-but-exactly-36-characters") + "/history");

        assertProblem(shown, 404);
    }

    @Test
    void answersNotFoundForACommandOnAnUnknownCase() {
        Api.Response refused = api.as("caseworker1").post(path(UUID.randomUUID().toString()) + "/contacts",
                body("contactOn", daysAgo(1), "channel", "PHONE"));

        assertProblem(refused, 404);
    }

    @Test
    void answersNotFoundForACommandOnAMalformedCaseId() {
        Api.Response refused = api.as("caseworker1").post(path("12345") + "/contacts",
                body("contactOn", daysAgo(1), "channel", "PHONE"));

        assertProblem(refused, 404);
    }

    @Test
    void showsTheCaseAsItStoodAtAnEarlierInstant() {
        String caseId = cases.openEnquiry(daysAgo(30));
        cases.allocate(caseId, "volunteer1");
        Instant between = pause();
        cases.allocate(caseId, "volunteer2");

        Api.Response then = api.as("caseworker1").get(path(caseId) + asOf(between));

        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.json().at("/supporter/username").asText()).isEqualTo("volunteer1");
        assertThat(then.json().get("version").asLong()).isEqualTo(2);
        assertThat(then.header("ETag")).isEqualTo("\"2\"");
        assertThat(cases.view(caseId).at("/supporter/username").asText()).isEqualTo("volunteer2");
    }

    @Test
    void anAsOfInstantIncludesWhatWasRecordedAtThatVeryInstant() {
        String caseId = cases.openEnquiry(daysAgo(30));
        cases.giveRecordKeepingConsent(caseId);
        String consentRecordedAt = cases.history(caseId).at("/events/1/recordedAt").asText();
        pause();
        cases.recordPersonalDetails(caseId);

        Api.Response then = api.as("caseworker1").get(path(caseId) + asOf(Instant.parse(consentRecordedAt)));

        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.json().get("version").asLong()).isEqualTo(2);
        assertThat(then.json().get("level").asInt()).isEqualTo(1);
        assertThat(then.json().get("consents")).hasSize(1);
        assertThat(then.json().get("personalDetails").isNull()).isTrue();
    }

    @Test
    void readsAnAsOfInstantGivenWithAnOffset() {
        String caseId = cases.openEnquiry(daysAgo(30));
        Instant between = pause();
        cases.recordContact(caseId, daysAgo(1));
        String withOffset = between.atOffset(ZoneOffset.ofHours(1)).toString();

        Api.Response then = api.as("caseworker1").get(path(caseId) + "?asOf="
                + URLEncoder.encode(withOffset, StandardCharsets.UTF_8));

        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void anAsOfInTheFutureShowsTheCaseNow() {
        String caseId = cases.openEnquiry();
        cases.recordContact(caseId, daysAgo(1));

        Api.Response then = api.as("caseworker1").get(path(caseId) + asOf(Instant.now().plus(Duration.ofDays(1))));

        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void answersNotFoundAsOfAnInstantBeforeTheEnquiryWasRecorded() {
        Instant before = Instant.now().minusSeconds(1);
        String caseId = cases.openEnquiry();

        Api.Response then = api.as("caseworker1").get(path(caseId) + asOf(before));

        assertProblem(then, 404);
    }

    @Test
    void refusesAMalformedAsOf() {
        String caseId = cases.openEnquiry();

        Api.Response refused = api.as("caseworker1").get(path(caseId) + "?asOf=yesterday-SECRET");

        assertInvalid(refused, "asOf");
        assertThat(refused.body()).doesNotContain("SECRET");
    }

    @Test
    void refusesAnAsOfWithoutAnOffset() {
        String caseId = cases.openEnquiry();

        Api.Response refused = api.as("caseworker1").get(path(caseId) + "?asOf=2026-11-01T10:00:00");

        assertInvalid(refused, "asOf");
    }

    @Test
    void refusesAnAsOfThatIsOnlyADate() {
        String caseId = cases.openEnquiry();

        Api.Response refused = api.as("caseworker1").get(path(caseId) + "?asOf=" + daysAgo(1));

        assertInvalid(refused, "asOf");
    }
}

package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothingTo;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalid;
import static org.casebook.adapters.it.ReadSideFixtures.isolatedPeriod;
import static org.casebook.adapters.it.ReadSideFixtures.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.casebook.adapters.it.ReadSideFixtures.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The impartiality rules of the 2026-12-02 additions [002 §4.4, App. A key themes 5, App. D], through the API and
 * the impartiality audit. Each test writes into a period of its own (Monday {@code day(0)}, no bank holidays).
 */
class SeedImpartialityIT extends PostgresIntegrationTest {

    ReadSideFixtures given;
    Period period;

    @BeforeEach
    void fixtures() {
        given = new ReadSideFixtures(api);
        period = isolatedPeriod();
    }

    @Test
    void anEvaluationSayingTheServiceWasNotImpartialRaisesAConcernDatedTheDayItWasReturned() {
        String caseId = given.levelTwoCase(period.day(0));

        Api.Response returned = evaluation(caseId, period.day(3), "NO");

        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);
        String concernId = returned.json().get("concernId").asText();
        JsonNode events = api.as("caseworker1").get(Cases.path(caseId) + "/history").json().get("events");
        JsonNode concern = events.get(events.size() - 1);
        assertThat(events.get(events.size() - 2).get("type").asText()).isEqualTo("EvaluationReturned");
        assertThat(concern.get("type").asText()).isEqualTo("ImpartialityConcernRaised");
        assertThat(concern.at("/data/concernId").asText()).isEqualTo(concernId);
        assertThat(concern.at("/data/source").asText()).isEqualTo("EVALUATION");
        assertThat(concern.at("/data/raisedOn").asText()).isEqualTo(period.day(3).toString());
        JsonNode item = audit().at("/impartialityConcerns/items/0");
        assertThat(item.get("concernId").asText()).isEqualTo(concernId);
        assertThat(item.get("source").asText()).isEqualTo("EVALUATION");
        assertThat(item.get("raisedOn").asText()).isEqualTo(period.day(3).toString());
        assertThat(item.get("answered").asBoolean()).isFalse();
    }

    @Test
    void anEvaluationSayingTheServiceWasImpartialRaisesNoConcern() {
        String caseId = given.levelTwoCase(period.day(0));

        Api.Response returned = evaluation(caseId, period.day(3), "YES");

        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);
        assertThat(returned.json().has("concernId")).isFalse();
        assertThat(audit().at("/impartialityConcerns/raised").asLong()).isZero();
    }

    @Test
    void theConcernAnEvaluationRaisedIsAnsweredBySignpostingToALocalIndependentOrganisation() {
        String caseId = given.levelTwoCase(period.day(0));
        String concernId = evaluation(caseId, period.day(1), "NO").json().get("concernId").asText();

        Api.Response signposted = given.post(caseId, "/signposting", body("givenOn", period.day(4).toString(),
                "organisations", List.of("LOCAL_INDEPENDENT"), "organisationName", "Plymouth SEND Parents Forum"));

        assertThat(signposted.status()).as(signposted.toString()).isEqualTo(201);
        JsonNode concerns = audit().get("impartialityConcerns");
        assertThat(concerns.get("answeredWithin10WorkingDays").asLong()).isEqualTo(1);
        assertThat(concerns.at("/items/0/concernId").asText()).isEqualTo(concernId);
        assertThat(concerns.at("/items/0/answeredOn").asText()).isEqualTo(period.day(4).toString());
        JsonNode event = new Cases(api).lastEvent(caseId);
        assertThat(event.at("/data/organisationName").asText()).isEqualTo("Plymouth SEND Parents Forum");
    }

    @Test
    void aParentsOwnConcernIsAnsweredBySignpostingToALocalIndependentOrganisationToo() {
        String caseId = given.enquiry(period.day(0));
        given.concern(caseId, period.day(0));
        given.post(caseId, "/signposting", body("givenOn", period.day(2).toString(),
                "organisations", List.of("CITIZENS_ADVICE", "LOCAL_INDEPENDENT"), "organisationName", "Kids Plymouth"));

        JsonNode concerns = audit().get("impartialityConcerns");

        assertThat(concerns.get("answeredWithin10WorkingDays").asLong()).isEqualTo(1);
        assertThat(concerns.at("/items/0/source").asText()).isEqualTo("PARENT");
    }

    @Test
    void refusesLocalIndependentSignpostingThatDoesNotNameTheOrganisation() {
        String caseId = given.enquiry(period.day(0));

        Api.Response refused = appendsNothingTo(caseId, () -> given.post(caseId, "/signposting",
                body("givenOn", period.day(2).toString(), "organisations", List.of("LOCAL_INDEPENDENT"))));

        assertInvalid(refused, "organisationName");
    }

    @Test
    void refusesAnOrganisationNameWithoutLocalIndependent() {
        String caseId = given.enquiry(period.day(0));

        Api.Response refused = appendsNothingTo(caseId, () -> given.post(caseId, "/signposting",
                body("givenOn", period.day(2).toString(), "organisations", List.of("ACE"),
                        "organisationName", "Somebody")));

        assertInvalid(refused, "organisationName");
    }

    @Test
    void viewsConfirmedMoreThanTwoWorkingDaysAfterTheMeetingAreListedAsConfirmedLate() {
        String caseId = given.levelTwoCase(period.day(0));
        String late = given.meeting(caseId, period.day(0), true, false);        // Monday: on time until Wednesday
        String onTime = given.meeting(caseId, period.day(3), true, false);      // Thursday: on time until Monday
        String unconfirmed = given.meeting(caseId, period.day(4), true, false);
        given.confirmViews(caseId, late, period.day(3));
        given.confirmViews(caseId, onTime, period.day(7));

        JsonNode audit = audit();

        JsonNode confirmedLate = audit.get("viewsConfirmedLate");
        assertThat(confirmedLate).hasSize(1);
        assertThat(confirmedLate.at("/0/caseId").asText()).isEqualTo(caseId);
        assertThat(confirmedLate.at("/0/meetingId").asText()).isEqualTo(late);
        assertThat(confirmedLate.at("/0/heldOn").asText()).isEqualTo(period.day(0).toString());
        assertThat(confirmedLate.at("/0/meetingType").asText()).isEqualTo("ANNUAL_REVIEW");
        assertThat(confirmedLate.at("/0/confirmBy").asText()).isEqualTo(period.day(2).toString());
        assertThat(confirmedLate.at("/0/confirmedOn").asText()).isEqualTo(period.day(3).toString());
        assertThat(audit.get("viewsConveyedNotConfirmed")).hasSize(1);
        assertThat(audit.at("/viewsConveyedNotConfirmed/0/meetingId").asText()).isEqualTo(unconfirmed);
    }

    @Test
    void anAuditorSeesTheLateConfirmationsToo() {
        String caseId = given.levelTwoCase(period.day(0));
        String late = given.meeting(caseId, period.day(0), true, false);
        given.confirmViews(caseId, late, period.day(8));
        given.awaitProjections();

        Api.Response audit = api.as("auditor1").get("/api/reports/impartiality?" + period.query());

        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.json().at("/viewsConfirmedLate/0/meetingId").asText()).isEqualTo(late);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Api.Response evaluation(String caseId, LocalDate returnedOn, String impartial) {
        return given.post(caseId, "/evaluations", body("returnedOn", returnedOn.toString(),
                "wentWell", List.of("LISTENING"), "usefulness", "USEFUL", "impartial", impartial));
    }

    private JsonNode audit() {
        given.awaitProjections();
        return ok(api.as("manager1").get("/api/reports/impartiality?" + period.query()));
    }
}

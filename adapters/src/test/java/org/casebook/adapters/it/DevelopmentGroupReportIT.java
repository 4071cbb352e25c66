package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ReadSideFixtures.body;
import static org.casebook.adapters.it.ReadSideFixtures.isolatedPeriod;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.adapters.it.ReadSideFixtures.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/reports/development-group}: the anonymised report, as JSON, CSV and an HTML page. Tests that count
 * write only into a period of their own, far in the past.
 */
class DevelopmentGroupReportIT extends PostgresIntegrationTest {

    static final String PATH = "/api/reports/development-group";

    ReadSideFixtures given;
    private Period period;

    @BeforeEach
    void fixtures() {
        given = new ReadSideFixtures(api);
    }

    @Test
    void servesJsonWhenAskedForJson() {
        Api.Response report = api.as("dg1").header("Accept", "application/json").get(PATH + "?academicYear=2019");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("application/json");
        assertThat(report.json().at("/enquiries/total").isMissingNode()).isFalse();
    }

    @Test
    void servesJsonWhenNoFormatIsAskedFor() {
        Api.Response report = api.as("dg1").get(PATH + "?academicYear=2019");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("application/json");
        assertThat(report.json().at("/enquiries/total").isMissingNode()).isFalse();
    }

    @Test
    void servesCsvWithAHeaderRowAndARowForTheEnquiriesTotal() {
        for (int i = 0; i < 6; i++) {
            given.enquiry(period().day(i));
        }
        given.awaitProjections();

        Api.Response report = api.as("dg1").header("Accept", "text/csv").get(PATH + "?" + period().query());

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("text/csv");
        List<String> lines = report.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("section,breakdown,item,count");
        assertThat(lines).contains("enquiries,total,,6");
    }

    @Test
    void servesAnHtmlPage() {
        Api.Response report = api.as("dg1").header("Accept", "text/html").get(PATH + "?academicYear=2019");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("text/html");
        assertThat(report.body()).contains("<html").contains("</html>");
    }

    @Test
    void countsFromOneToFourAreShownAsFewerThanFiveAndOtherCountsAsNumbers() {
        for (int i = 0; i < 3; i++) {
            given.enquiry(period().day(i), "EMAIL", "PARENT");
        }
        for (int i = 0; i < 2; i++) {
            given.enquiry(period().day(i), "WEBSITE", "PARENT");
        }
        for (int i = 0; i < 6; i++) {
            given.enquiry(period().day(i), "LETTER", "PARENT");
        }

        JsonNode report = json();

        JsonNode byChannel = report.at("/enquiries/byChannel");
        assertThat(byChannel.get("EMAIL").isTextual()).as("EMAIL: " + byChannel).isTrue();
        assertThat(byChannel.get("EMAIL").asText()).isEqualTo("<5");
        assertThat(byChannel.get("LETTER").isNumber()).as("LETTER: " + byChannel).isTrue();
        assertThat(byChannel.get("LETTER").asLong()).isEqualTo(6);
        assertThat(byChannel.get("PHONE").isNumber()).as("PHONE: " + byChannel).isTrue();
        assertThat(byChannel.get("PHONE").asLong()).isZero();
        assertThat(byChannel.get("WEBSITE").asText()).isEqualTo("<5");
        assertThat(report.at("/enquiries/total").isNumber()).isTrue();
        assertThat(report.at("/enquiries/total").asLong()).isEqualTo(11);
    }

    @Test
    void aSmallCountThatTheTotalWouldGiveAwayTakesAnotherCountIntoHiding() {
        for (int i = 0; i < 3; i++) {
            given.enquiry(period().day(i), "EMAIL", "PARENT");
        }
        for (int i = 0; i < 6; i++) {
            given.enquiry(period().day(i), "LETTER", "PARENT");
        }

        JsonNode report = json();

        JsonNode byChannel = report.at("/enquiries/byChannel");
        assertThat(byChannel.get("EMAIL").asText()).as(byChannel.toString()).isEqualTo("<5");
        assertThat(byChannel.get("LETTER").asText()).as(byChannel.toString()).isEqualTo("[c]");
        assertThat(report.at("/enquiries/total").asLong()).isEqualTo(9);
    }

    @Test
    void theCsvSuppressesSmallCountsToo() {
        for (int i = 0; i < 3; i++) {
            given.enquiry(period().day(i), "EMAIL", "PARENT");
        }
        for (int i = 0; i < 2; i++) {
            given.enquiry(period().day(i), "WEBSITE", "PARENT");
        }
        for (int i = 0; i < 6; i++) {
            given.enquiry(period().day(i), "LETTER", "PARENT");
        }
        given.awaitProjections();

        List<String> lines = api.as("dg1").header("Accept", "text/csv").get(PATH + "?" + period().query())
                .body().lines().toList();

        assertThat(lines).contains("enquiries,channel,EMAIL,<5", "enquiries,channel,WEBSITE,<5",
                "enquiries,channel,LETTER,6", "enquiries,channel,PHONE,0", "enquiries,total,,11");
    }

    @Test
    void noCaseIdNameOrFreeTextAppearsInAnyFormat() {
        String marker = "Zebedee-" + UUID.randomUUID();
        List<String> secrets = writeACaseFullOfPersonalDataAndFreeText(marker);
        given.awaitProjections();

        for (String accept : List.of("application/json", "text/csv", "text/html")) {
            Api.Response report = api.as("dg1").header("Accept", accept).get(PATH + "?" + period().query());
            assertThat(report.status()).as(accept + ": " + report).isEqualTo(200);
            assertThat(report.body()).as(accept).doesNotContain("Zebedee");
            for (String secret : secrets) {
                assertThat(report.body()).as(accept).doesNotContain(secret);
            }
        }
        assertThat(json().at("/enquiries/total").asText()).as("the case was counted").isEqualTo("<5");
    }

    @Test
    void listsTheEightDraftPerformanceIndicatorsWithOnlyTheSecondAnswerable() {
        JsonNode indicators = json().get("performanceIndicators");

        assertThat(indicators).hasSize(8);
        List<Integer> numbers = new ArrayList<>();
        List<Integer> answerable = new ArrayList<>();
        indicators.forEach(indicator -> {
            numbers.add(indicator.get("number").asInt());
            if (indicator.get("answerable").asBoolean()) {
                answerable.add(indicator.get("number").asInt());
            }
            assertThat(indicator.get("indicator").asText()).isNotBlank();
        });
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(answerable).containsExactly(2);
    }

    @Test
    void theSecondIndicatorCountsParentAndCarerEnquiriesByPhoneOrFaceToFace() {
        for (int i = 0; i < 5; i++) {
            given.enquiry(period().day(i), "PHONE", "PARENT");
        }
        given.enquiry(period().day(1), "FACE_TO_FACE", "CARER");
        given.enquiry(period().day(1), "PHONE", "SCHOOL");
        given.enquiry(period().day(2), "EMAIL", "PARENT");

        JsonNode second = json().at("/performanceIndicators/1");

        assertThat(second.get("number").asInt()).isEqualTo(2);
        assertThat(second.get("value").asLong()).isEqualTo(6);
    }

    @Test
    void thePageDrawsEachChartAsSvgWithATitleAndADescription() {
        given.enquiry(period().day(0));
        given.awaitProjections();

        String page = api.as("dg1").header("Accept", "text/html").get(PATH + "?" + period().query()).body();

        Matcher charts = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(page);
        int count = 0;
        while (charts.find()) {
            count++;
            assertThat(charts.group()).contains("<title").contains("</title>").contains("<desc").contains("</desc>");
        }
        assertThat(count).isGreaterThanOrEqualTo(1);
        assertThat(page.split("<svg", -1).length - 1).as("every <svg is closed").isEqualTo(count);
        assertThat(page.split("<figure", -1).length - 1).as("one <svg per chart").isEqualTo(count);
    }

    @Test
    void thePageRunsNoScriptAndFetchesNothingFromElsewhere() {
        String page = api.as("dg1").header("Accept", "text/html").get(PATH + "?academicYear=2019").body();

        assertThat(page.toLowerCase()).doesNotContain("<script");
        String withoutSvgNamespace = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertThat(withoutSvgNamespace).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void theReportHashIsASha256ThatIsStableUntilTheReportChanges() {
        for (int i = 0; i < 5; i++) {
            given.enquiry(period().day(i));
        }
        given.awaitProjections();

        String first = hash();
        String second = hash();
        assertThat(first).matches("[0-9a-f]{64}");
        assertThat(second).isEqualTo(first);

        given.enquiry(period().day(6));
        given.awaitProjections();

        assertThat(hash()).matches("[0-9a-f]{64}").isNotEqualTo(first);
    }

    @Test
    void thePageStatesTheSameContentHashAsTheJson() {
        given.enquiry(period().day(0));
        given.awaitProjections();

        String page = api.as("dg1").header("Accept", "text/html").get(PATH + "?" + period().query()).body();

        assertThat(page).contains(hash());
    }

    @Test
    void theReportNeedsCredentials() {
        assertThat(api.as(null).get(PATH + "?academicYear=2019").status()).isEqualTo(401);
    }

    @Test
    void aVolunteerMayNotReadTheReport() {
        Api.Response report = api.as("volunteer1").get(PATH + "?academicYear=2019");

        assertThat(report.status()).as(report.toString()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker1", "manager1", "auditor1", "dg1"})
    void caseworkersManagersAuditorsAndTheDevelopmentGroupMayReadTheReport(String username) {
        Api.Response report = api.as(username).get(PATH + "?academicYear=2019");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsABadRequest() {
        Api.Response report = api.as("dg1").get(PATH + "?from=2019-10-08&to=2019-10-07");

        assertThat(report.status()).as(report.toString()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/csv", "text/html"})
    void aBadPeriodIsABadRequestWhicheverFormatIsAskedFor(String accept) {
        Api.Response report = api.as("dg1").header("Accept", accept).get(PATH + "?from=2019-10-08&to=2019-10-07");

        assertThat(report.status()).as(report.toString()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "text/html"})
    void aVolunteerIsRefusedWhicheverFormatIsAskedFor(String accept) {
        Api.Response report = api.as("volunteer1").header("Accept", accept).get(PATH + "?academicYear=2019");

        assertThat(report.status()).as(report.toString()).isEqualTo(403);
    }

    @Test
    void aFormatThatIsNotServedIsNotAcceptable() {
        Api.Response report = api.as("dg1").header("Accept", "application/xml").get(PATH + "?academicYear=2019");

        assertThat(report.status()).as(report.toString()).isEqualTo(406);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** This test's own period, taken on first use so that tests that need none leave the pool alone. */
    private Period period() {
        if (period == null) {
            period = isolatedPeriod();
        }
        return period;
    }

    /** Every kind of personal data and free text a case can hold, marked; returns the ids the report must not show. */
    private List<String> writeACaseFullOfPersonalDataAndFreeText(String marker) {
        List<String> ids = new ArrayList<>();
        String caseId = given.enquiry(period().day(0));
        ids.add(caseId);
        given.consent(caseId, "RECORD_KEEPING", period().day(0), null);
        given.personalDetails(caseId, ReadSideFixtures.personalDetails(marker));
        ReadSideFixtures.ok(given.post(caseId, "/notes", body("writtenOn", period().day(1).toString(),
                "text", marker + " note")));
        given.allocate(caseId, marker + "-supporter");
        ids.add(given.meeting(caseId, period().day(2), true, false));
        ids.add(ReadSideFixtures.ok(given.post(caseId, "/impartiality-concerns", body("raisedOn",
                period().day(3).toString(), "detail", marker + " concern"))).get("concernId").asText());
        ReadSideFixtures.ok(given.post(caseId, "/consents", body("kind", "INFORMATION_SHARING",
                "givenOn", period().day(3).toString(), "givenBy", "PARENT", "method", "VERBAL", "recipient", "SCHOOL",
                "recipientName", marker + " Primary")));
        ids.add(ReadSideFixtures.ok(given.post(caseId, "/information-sharing", body("sharedOn",
                period().day(4).toString(), "recipient", "SCHOOL", "purpose", marker + " purpose",
                "recipientName", marker + " Primary"))).get("sharingId").asText());
        ids.add(given.shareUnderSafeguarding(caseId, period().day(4), "SOCIAL_CARE", marker + " justification"));
        ids.add(ReadSideFixtures.ok(given.post(caseId, "/appealable-decisions", body("kind", "SEN_DECISION",
                "effectiveOn", period().day(5).toString(), "decisionType", "NOTE_IN_LIEU"))).get("decisionId").asText());
        ids.add(ReadSideFixtures.ok(given.post(caseId, "/mediation-referrals", body("referredOn",
                period().day(5).toString(), "provider", marker + " Mediation", "reason", "PROVISION_DISAGREEMENT",
                "referredBy", "PARENT"))).get("referralId").asText());
        given.evaluationRequest(caseId, period().day(6));
        ReadSideFixtures.ok(given.post(caseId, "/evaluations", body("returnedOn", period().day(7).toString(),
                "wentWell", List.of("LISTENING"), "usefulness", "USEFUL", "impartial", "YES",
                "couldDoBetter", marker + " better", "otherComments", marker + " comments",
                "willingToBeContacted", true)));
        ids.add(ReadSideFixtures.ok(given.post(caseId, "/complaints", body("receivedOn", period().day(8).toString(),
                "summary", marker + " complaint"))).get("complaintId").asText());
        ReadSideFixtures.ok(given.post(caseId, "/closure", body("closedOn", period().day(9).toString(),
                "reason", marker + " closed")));
        String other = given.enquiry(body("receivedOn", period().day(1).toString(), "channel", "EMAIL",
                "enquirerRole", "PARENT", "about", "BOTH", "topics", List.of("EXCLUSION"),
                "signposted", List.of("IPSEA")));
        ids.add(other);
        return ids;
    }

    private JsonNode json() {
        given.awaitProjections();
        Api.Response report = api.as("dg1").header("Accept", "application/json").get(PATH + "?" + period().query());
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json();
    }

    private String hash() {
        Api.Response report = api.as("dg1").header("Accept", "application/json").get(PATH + "?" + period().query());
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.header("X-Report-Hash");
    }
}

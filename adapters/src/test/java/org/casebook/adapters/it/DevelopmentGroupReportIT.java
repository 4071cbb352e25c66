package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ReadSideFixtures.body;
import static org.casebook.adapters.it.ReadSideFixtures.isolatedPeriod;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
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
        assertThat(lines.get(0)).isEqualTo("section,breakdown,item,count,previousPeriod");
        assertThat(lines).anyMatch(line -> line.startsWith("enquiries,total,,6,"));
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

        for (String figure : List.of("enquiries,channel,EMAIL,<5,", "enquiries,channel,WEBSITE,<5,",
                "enquiries,channel,LETTER,6,", "enquiries,channel,PHONE,0,", "enquiries,total,,11,")) {
            assertThat(lines).as(figure).anyMatch(line -> line.startsWith(figure));
        }
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
    void listsTheEightDraftPerformanceIndicatorsWithTheSecondAndEighthAnswerable() {
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
        assertThat(answerable).containsExactly(2, 8);
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

    // --- figures of issue 10 [000 §1.4, §2.6; 002 §5.8, §5.12, §8.2, §10] ---------------------------------------

    @Test
    void countsEveryContactByChannelFirstEnquiriesAndFurtherContactsAlike() {
        for (int i = 0; i < 3; i++) {
            String caseId = given.enquiry(later().day(0), "PHONE", "PARENT");
            given.contact(caseId, later().day(1));
            given.contact(caseId, later().day(2));
        }
        for (int i = 0; i < 5; i++) {
            given.enquiry(earlier().day(1), "LETTER", "SCHOOL");
        }

        JsonNode report = json(later());

        assertThat(report.at("/contacts/total").asLong()).isEqualTo(9);
        assertThat(report.at("/contacts/byChannel/PHONE").asLong()).isEqualTo(9);
        assertThat(report.at("/enquiries/byChannel/PHONE").asText()).isEqualTo("<5");
        assertThat(report.at("/previousPeriod/contacts/byChannel/LETTER").asLong()).isEqualTo(5);
        assertThat(report.at("/previousPeriod/contacts/byChannel/PHONE").asLong()).isZero();
    }

    @Test
    void showsBesideEveryFigureTheSameFigureForThePreviousPeriodOfTheSameLength() {
        for (int i = 0; i < 6; i++) {
            given.enquiry(later().day(i % 6), "EMAIL", "PARENT");
        }
        for (int i = 0; i < 7; i++) {
            given.enquiry(earlier().day(i % 6), "EMAIL", "PARENT");
        }

        JsonNode report = json(later());

        JsonNode previous = report.get("previousPeriod");
        assertThat(previous.at("/period/from").asText()).isEqualTo(earlier().from().toString());
        assertThat(previous.at("/period/to").asText()).isEqualTo(earlier().to().toString());
        assertThat(previous.get("reportRef").asText())
                .isEqualTo("development-group?from=" + earlier().from() + "&to=" + earlier().to());
        assertThat(report.at("/enquiries/total").asLong()).isEqualTo(6);
        assertThat(previous.at("/enquiries/total").asLong()).isEqualTo(7);
        assertThat(previous.has("previousPeriod")).as("the previous period has none of its own").isFalse();
        List<String> sections = new ArrayList<>();
        report.fieldNames().forEachRemaining(sections::add);
        sections.removeAll(List.of("reportRef", "previousPeriod", "suppression"));
        assertThat(sections).allMatch(previous::has);
        List<String> csv = api.as("dg1").header("Accept", "text/csv").get(PATH + "?" + later().query()).body()
                .lines().toList();
        assertThat(csv).contains("enquiries,total,,6,7", "enquiries,channel,EMAIL,6,7",
                "period,from," + later().from() + ",," + earlier().from());
    }

    @Test
    void anAcademicYearIsComparedWithTheAcademicYearBefore() {
        JsonNode report = api.as("dg1").header("Accept", "application/json").get(PATH + "?academicYear=2019").json();

        assertThat(report.at("/previousPeriod/period/academicYear").asInt()).isEqualTo(2018);
        assertThat(report.at("/previousPeriod/period/from").asText()).isEqualTo("2018-09-01");
        assertThat(report.at("/previousPeriod/period/to").asText()).isEqualTo("2019-08-31");
    }

    @Test
    void datesCaseworkOpenedByTheDayTheParentAgreedToRecordsBeingKept() {
        for (int i = 0; i < 5; i++) {
            String caseId = given.enquiry(earlier().day(0));
            given.consent(caseId, "RECORD_KEEPING", earlier().day(1), null);
            // The details are typed in today, years after the parent agreed.
            given.personalDetails(caseId, ReadSideFixtures.personalDetails("Alex"));
        }

        JsonNode report = json(later());

        assertThat(report.at("/previousPeriod/caseworkOpened").asLong()).isEqualTo(5);
        assertThat(report.at("/caseworkOpened").asLong()).isZero();
        assertThat(report.at("/previousPeriod/enquiries/byLevel/2").asLong()).isEqualTo(5);
    }

    @Test
    void countsSignpostingByOrganisation() {
        for (int i = 0; i < 5; i++) {
            given.enquiry(body("receivedOn", later().day(0).toString(), "channel", "PHONE", "enquirerRole", "PARENT",
                    "about", "CHILD", "topics", List.of("EXCLUSION"), "signposted", List.of("IPSEA")));
        }
        String caseId = given.enquiry(later().day(0));
        given.signpost(caseId, later().day(1), "ACE", "IPSEA");

        JsonNode bySignposting = json(later()).at("/signposting/byOrganisation");

        assertThat(bySignposting.get("IPSEA").asLong()).as(bySignposting.toString()).isEqualTo(6);
        assertThat(bySignposting.get("ACE").asText()).isEqualTo("<5");
        assertThat(bySignposting.get("NETWORK_81").asLong()).isZero();
    }

    @Test
    void countsInformationSharedByRecipientWithConsentAndUnderSafeguarding() {
        String caseId = given.levelTwoCase(later().day(0));
        for (int i = 0; i < 5; i++) {
            given.shareWithConsent(caseId, later().day(1 + i % 4), "SCHOOL");
        }
        given.shareWithConsent(caseId, later().day(1), "HEALTH");
        given.shareUnderSafeguarding(caseId, later().day(2), "SOCIAL_CARE", "Risk of harm");

        JsonNode shared = json(later()).get("informationShared");

        assertThat(shared.at("/withConsent/total").asLong()).as(shared.toString()).isEqualTo(6);
        assertThat(shared.at("/withConsent/byRecipient/HEALTH").asText()).isEqualTo("<5");
        assertThat(shared.at("/withConsent/byRecipient/SCHOOL").asText())
                .as("hidden too, or HEALTH = 6 - SCHOOL").isEqualTo("[c]");
        assertThat(shared.at("/underSafeguarding/total").asText()).isEqualTo("<5");
        assertThat(shared.at("/underSafeguarding/byRecipient/SOCIAL_CARE").asText()).isEqualTo("<5");
        assertThat(shared.at("/underSafeguarding/byRecipient/SCHOOL").asLong()).isZero();
    }

    @Test
    void countsAppealableDecisionsByOutcomeWhenTheOutcomeWasRecorded() {
        for (int i = 0; i < 5; i++) {
            String caseId = given.levelTwoCase(earlier().day(0));
            String decisionId = given.post(caseId, "/appealable-decisions", body("kind", "SEN_DECISION",
                    "effectiveOn", earlier().day(1).toString(), "decisionType", "ASSESSMENT_REFUSED"))
                    .json().get("decisionId").asText();
            ReadSideFixtures.ok(given.post(caseId, "/appealable-decisions/" + decisionId + "/outcome",
                    body("decidedOn", later().day(i % 3).toString(), "outcome", "RESOLVED_BEFORE_HEARING")));
        }

        JsonNode report = json(later());

        assertThat(report.at("/appealableDecisions/byOutcome/RESOLVED_BEFORE_HEARING").asLong()).isEqualTo(5);
        assertThat(report.at("/appealableDecisions/byOutcome/DISMISSED").asLong()).isZero();
        assertThat(report.at("/appealableDecisions/total").asLong()).isZero();
        assertThat(report.at("/previousPeriod/appealableDecisions/total").asLong()).isEqualTo(5);
        assertThat(report.at("/previousPeriod/appealableDecisions/byOutcome/RESOLVED_BEFORE_HEARING").asLong())
                .isZero();
    }

    @Test
    void countsComplaintsAnsweredWithinFiveWorkingDaysLateAndEscalated() {
        // Received on the Monday that starts the earlier half: the response is due on the following Monday.
        LocalDate monday = earlier().day(0);
        LocalDate dueOn = monday.plusDays(7);
        for (int i = 0; i < 6; i++) {
            String caseId = given.enquiry(monday);
            JsonNode complaint = ReadSideFixtures.ok(given.post(caseId, "/complaints",
                    body("receivedOn", monday.toString())));
            assertThat(complaint.get("responseDueOn").asText()).isEqualTo(dueOn.toString());
            String complaintId = complaint.get("complaintId").asText();
            given.answerComplaint(caseId, complaintId, i < 5 ? dueOn : dueOn.plusDays(1));
            if (i < 5) {
                ReadSideFixtures.ok(given.post(caseId, "/complaints/" + complaintId + "/escalation",
                        body("escalatedOn", dueOn.plusDays(2).toString())));
            }
        }

        JsonNode report = json(later());

        JsonNode complaints = report.get("complaints");
        assertThat(complaints.get("received").asLong()).as(complaints.toString()).isZero();
        assertThat(complaints.get("answered").asLong()).isEqualTo(6);
        assertThat(complaints.get("answeredLate").asText()).isEqualTo("<5");
        assertThat(complaints.get("answeredWithin5WorkingDays").asText())
                .as("hidden too, or late = answered - within").isEqualTo("[c]");
        assertThat(complaints.get("escalated").asLong()).isEqualTo(5);
        assertThat(report.at("/previousPeriod/complaints/received").asLong()).isEqualTo(6);
        assertThat(report.at("/previousPeriod/complaints/answered").asLong()).isZero();
    }

    @Test
    void countsComplimentsAndAnswersTheEighthIndicatorWithWrittenThanks() {
        for (int i = 0; i < 5; i++) {
            ReadSideFixtures.ok(api.as("volunteer1").post("/api/compliments",
                    body("receivedOn", later().day(i).toString(), "kind", i % 2 == 0 ? "CARD" : "EMAIL")));
        }
        for (int i = 0; i < 5; i++) {
            ReadSideFixtures.ok(api.as("caseworker1").post("/api/compliments",
                    body("receivedOn", later().day(i).toString(), "kind", "VERBAL")));
        }
        ReadSideFixtures.ok(api.as("caseworker1").post("/api/compliments",
                body("receivedOn", earlier().day(0).toString(), "kind", "LETTER")));

        JsonNode report = json(later());

        assertThat(report.at("/compliments/received").asLong()).isEqualTo(10);
        assertThat(report.at("/compliments/written").asLong()).isEqualTo(5);
        assertThat(report.at("/compliments/verbal").asLong()).isEqualTo(5);
        JsonNode eighth = report.at("/performanceIndicators/7");
        assertThat(eighth.get("number").asInt()).isEqualTo(8);
        assertThat(eighth.get("answerable").asBoolean()).isTrue();
        assertThat(eighth.get("value").asLong()).isEqualTo(5);
        assertThat(report.at("/previousPeriod/compliments/received").asText()).isEqualTo("<5");
        assertThat(report.at("/previousPeriod/compliments/written").asText()).isEqualTo("<5");
        assertThat(report.at("/previousPeriod/performanceIndicators/7/value").asText()).isEqualTo("<5");
    }

    @Test
    void theNewFiguresAndThePreviousPeriodAppearInTheCsvAndOnThePage() {
        given.enquiry(later().day(0));
        given.awaitProjections();

        List<String> csv = api.as("dg1").header("Accept", "text/csv").get(PATH + "?" + later().query()).body()
                .lines().toList();
        String page = api.as("dg1").header("Accept", "text/html").get(PATH + "?" + later().query()).body();

        for (String row : List.of("contacts,channel,PHONE,", "signposting,organisation,IPSEA,",
                "informationShared,withConsent,SCHOOL,", "informationShared,underSafeguarding,SOCIAL_CARE,",
                "appealableDecisions,outcome,RESOLVED_BEFORE_HEARING,", "complaints,answeredWithin5WorkingDays,,",
                "complaints,answeredLate,,", "complaints,escalated,,", "compliments,received,,")) {
            assertThat(csv).as(row).anyMatch(line -> line.startsWith(row));
        }
        for (String chart : List.of("contacts-by-channel", "signposting-by-organisation", "shared-with-consent",
                "shared-under-safeguarding", "decisions-by-outcome")) {
            assertThat(page).contains("id=\"" + chart + "\"");
        }
        assertThat(page).contains("Answered within 5 working days").contains("Compliments received")
                .contains("class=\"bar previous");
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

    /** The second half of this test's period, days 6 to 11; its previous period of the same length is days 0 to 5. */
    private Period later() {
        return new Period(period().day(6), period().day(11));
    }

    private Period earlier() {
        return new Period(period().day(0), period().day(5));
    }

    private JsonNode json() {
        return json(period());
    }

    private JsonNode json(Period of) {
        given.awaitProjections();
        Api.Response report = api.as("dg1").header("Accept", "application/json").get(PATH + "?" + of.query());
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json();
    }

    private String hash() {
        Api.Response report = api.as("dg1").header("Accept", "application/json").get(PATH + "?" + period().query());
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.header("X-Report-Hash");
    }
}

package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.REMOVE;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.enquiry;
import static org.casebook.adapters.it.Cases.with;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothing;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalid;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalidStartingWith;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/enquiries: a case opens at level 1 and holds no personal data [002 §5.8]. */
class EnquiryIT extends PostgresIntegrationTest {

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    @Test
    void opensACaseAtLevelOneAndAnswersWithItsIdLocationAndVersion() {
        Api.Response opened = api.as("caseworker1").post("/api/enquiries", enquiry(daysAgo(3)));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String caseId = opened.json().get("caseId").asText();
        assertThat(UUID.fromString(caseId).toString()).isEqualTo(caseId);
        assertThat(opened.json().get("level").asInt()).isEqualTo(1);
        assertThat(opened.header("Location")).isEqualTo("/api/cases/" + caseId);
        assertThat(opened.header("ETag")).isEqualTo("\"1\"");
        assertThat(storedEventCount(caseId)).isEqualTo(1);
        assertThat(cases.eventTypes(caseId)).containsExactly("EnquiryReceived");
    }

    /**
     * Events are stored under time-ordered identifiers (ADR 0034), so the unique indexes on them grow at one end:
     * version 7 UUIDs whose first 48 bits are the millisecond they were made, a case's later events not before its
     * earlier ones.
     */
    @Test
    void storesTheEnquiryUnderATimeOrderedIdentifier() {
        String caseId = api.as("caseworker1").post("/api/enquiries", enquiry(daysAgo(2))).json().get("caseId")
                .asText();
        long before = System.currentTimeMillis();
        Api.Response contact = api.as("caseworker1").post("/api/cases/" + caseId + "/contacts",
                Cases.body("contactOn", daysAgo(1), "channel", "EMAIL"));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);

        List<String> identifiers = sql(connection -> {
            var statement = connection.prepareStatement("SELECT event_identifier FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? ORDER BY sequence_number");
            statement.setString(1, caseId);
            var rows = statement.executeQuery();
            List<String> found = new java.util.ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        });

        assertThat(identifiers).hasSize(2)
                .allSatisfy(identifier -> assertThat(UUID.fromString(identifier).version()).isEqualTo(7));
        List<Long> made = identifiers.stream().map(id -> UUID.fromString(id).getMostSignificantBits() >>> 16)
                .toList();
        assertThat(made).isSorted();
        assertThat(made.get(1)).as("the contact's identifier, made while it was recorded")
                .isBetween(before, System.currentTimeMillis());
    }

    @Test
    void recordsTheEnquiryAsSentAndWhoRecordedIt() {
        String caseId = api.as("caseworker2").post("/api/enquiries", Cases.body("receivedOn", daysAgo(4),
                "channel", "EMAIL", "enquirerRole", "SCHOOL", "about", "BOTH", "topics", List.of("EXCLUSION"),
                "signposted", List.of("ACE", "IPSEA"))).json().get("caseId").asText();

        JsonNode event = cases.history(caseId).at("/events/0");
        assertThat(event.get("recordedBy").asText()).isEqualTo("caseworker2");
        assertThat(event.get("occurredOn").asText()).isEqualTo(daysAgo(4));
        assertThat(event.at("/data/channel").asText()).isEqualTo("EMAIL");
        assertThat(event.at("/data/enquirerRole").asText()).isEqualTo("SCHOOL");
        assertThat(event.at("/data/about").asText()).isEqualTo("BOTH");
        assertThat(event.at("/data/signposted")).extracting(JsonNode::asText).containsExactly("ACE", "IPSEA");
    }

    @Test
    void acceptsAnEnquiryReceivedToday() {
        Api.Response opened = api.as("caseworker1").post("/api/enquiries", enquiry(Cases.today().toString()));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    @Test
    void aManagerMayRecordAnEnquiry() {
        Api.Response opened = api.as("manager1").post("/api/enquiries", enquiry(daysAgo(1)));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"receivedOn", "channel", "enquirerRole", "about", "topics"})
    void refusesAnEnquiryWithoutARequiredField(String field) {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), field, REMOVE)));

        assertInvalid(refused, field);
    }

    @Test
    void refusesAnEnquiryWithNoTopics() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "topics", List.of())));

        assertInvalid(refused, "topics");
    }

    @Test
    void refusesAnUnknownChannel() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "channel", "CARRIER_PIGEON")));

        assertInvalid(refused, "channel");
    }

    @Test
    void refusesAnUnknownEnquirerRole() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "enquirerRole", "GRANDPARENT")));

        assertInvalid(refused, "enquirerRole");
    }

    @Test
    void refusesAnUnknownTopic() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "topics", List.of("EXCLUSION", "HOLIDAYS"))));

        assertInvalidStartingWith(refused, "topics");
    }

    @Test
    void refusesAnEnumValueNotWrittenExactlyAsListed() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "channel", "phone")));

        assertInvalid(refused, "channel");
    }

    @Test
    void refusesAnUnknownSignpostedOrganisation() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "signposted", List.of("CITIZENS_BUREAU"))));

        assertInvalidStartingWith(refused, "signposted");
    }

    /**
     * MAIN-CODE BUG 1 (ApiExceptionHandler.handleHttpMessageNotReadable): a malformed date is reported as field "body"
     * ("is missing or unreadable") instead of naming the date field, because getMostSpecificCause() skips Jackson's
     * InvalidFormatException (which knows the path) and lands on the DateTimeParseException beneath it.
     */
    @Test
    void refusesAMalformedReceivedOnDate() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "receivedOn", "31/01/2026")));

        assertInvalid(refused, "receivedOn");
    }

    /** MAIN-CODE BUG 1: as {@link #refusesAMalformedReceivedOnDate()}, the error names "body", not the field. */
    @Test
    void refusesAnImpossibleReceivedOnDate() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "receivedOn", "2026-02-30")));

        assertInvalid(refused, "receivedOn");
    }

    /**
     * MAIN-CODE BUG 3: Jackson's lenient LocalDate reading takes a number as days since 1970 (20000 is 2024-10-04),
     * so a client's mistake becomes a silently wrong date instead of 400; the contract says dates are yyyy-MM-dd.
     */
    @Test
    void refusesADateGivenAsANumber() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "receivedOn", 20000)));

        assertProblem(refused, 400);
    }

    /**
     * MAIN-CODE BUG 3: an instant is accepted where a date is expected and cut to its UTC date, which is the wrong
     * day in Europe/London for late-evening times in summer.
     */
    @Test
    void refusesADateWithATimeOfDay() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "receivedOn", daysAgo(1) + "T23:30:00Z")));

        assertProblem(refused, 400);
    }

    @Test
    void refusesAnEnquiryReceivedInTheFuture() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                enquiry(Cases.tomorrow())));

        assertInvalid(refused, "receivedOn");
    }

    @Test
    void refusesPersonalDataOnALevelOneEnquiry() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                with(enquiry(daysAgo(1)), "parentName", "Jo Confidential")));

        assertInvalid(refused, "parentName");
        assertThat(refused.body()).doesNotContain("Jo Confidential");
    }

    @Test
    void refusesMalformedJson() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries",
                "{\"receivedOn\": \"" + daysAgo(1) + "\", \"channel\": "));

        assertProblem(refused, 400);
        assertThat(refused.json().path("errors").isArray()).isTrue();
    }

    @Test
    void refusesAnEmptyBody() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries", ""));

        assertProblem(refused, 400);
    }

    @Test
    void refusesAJsonArrayInsteadOfAnObject() {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries", "[1, 2]"));

        assertProblem(refused, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"receivedOn\":\"SECRET-Kerrigan-1\",\"channel\":\"PHONE\",\"enquirerRole\":\"PARENT\",\"about\":\"CHILD\",\"topics\":[\"OTHER\"]}",
            "{\"receivedOn\":\"2026-01-05\",\"channel\":\"SECRET-Kerrigan-1\",\"enquirerRole\":\"PARENT\",\"about\":\"CHILD\",\"topics\":[\"OTHER\"]}",
            "{\"receivedOn\":\"2026-01-05\",\"channel\":\"PHONE\",\"enquirerRole\":\"PARENT\",\"about\":\"CHILD\",\"topics\":[\"SECRET-Kerrigan-1\"]}",
            "{\"receivedOn\":\"2026-01-05\",\"channel\":\"PHONE\",\"enquirerRole\":\"PARENT\",\"about\":\"CHILD\",\"topics\":[\"OTHER\"],\"note\":\"SECRET-Kerrigan-1\"}",
            "{\"receivedOn\":\"2026-01-05\",\"channel\":\"PHONE\",\"enquirerRole\":\"PARENT\",\"about\":\"CHILD\",\"topics\":\"SECRET-Kerrigan-1\"}",
            "{\"receivedOn\":\"2026-01-05\",\"channel\":\"PHONE\",\"enquirerRole\":\"PARENT\",\"about\":\"CHILD\",\"topics\":[\"OTHER\"],\"signposted\":[\"SECRET-Kerrigan-1\"]}",
            "{\"receivedOn\":\"2026-01-05\",\"channel\":\"PHONE\",\"about\":\"SECRET-Kerrigan-1",
            "{\"receivedOn\":2026,\"channel\":\"PHONE\",\"enquirerRole\":\"PARENT\",\"about\":\"CHILD\",\"topics\":[\"OTHER\"],\"x\":\"SECRET-Kerrigan-1\"}"})
    void noValidationErrorEchoesTheSubmittedValue(String rawBody) {
        Api.Response refused = appendsNothing(() -> api.as("caseworker1").post("/api/enquiries", rawBody));

        assertProblem(refused, 400);
        assertThat(refused.body()).doesNotContain("SECRET").doesNotContain("Kerrigan");
    }
}

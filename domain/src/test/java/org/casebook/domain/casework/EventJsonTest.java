package org.casebook.domain.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.domain.casework.CaseFixtures.*;



import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events are stored for ever as JSON and read by other modules, so their shape is a published contract. Each event
 * type has an approved JSON document here: renaming, adding, removing or retyping a field fails this test, which is
 * the moment to add a revision and an upcaster rather than to edit the expected JSON.
 *
 * <p>The mapper is configured like the one Axon uses in the service ({@code EventStoreConfiguration}).
 */
class EventJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String RECORDED_JSON = """
            {"by": "caseworker1", "at": "2026-11-25T10:00:00Z"}""";

    private record Approval(CaseEvent event, String json) {
    }

    private static Approval approve(CaseEvent event, String json) {
        return new Approval(event, json.replace("$RECORDED", RECORDED_JSON));
    }

    private static List<Approval> approvals() {
        return List.of(
                approve(enquiryReceived(), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "receivedOn": "2026-01-12",
                         "channel": "PHONE",
                         "enquirerRole": "PARENT",
                         "about": "CHILD",
                         "topics": ["STATUTORY_ASSESSMENT", "EXCLUSION"],
                         "signposted": ["IPSEA"],
                         "recorded": $RECORDED}"""),
                approve(recordKeepingConsentGiven(), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "consentId": "11111111-5e4f-4a1b-8c2d-000000000001",
                         "kind": "RECORD_KEEPING",
                         "givenOn": "2026-01-13",
                         "givenBy": "PARENT",
                         "method": "VERBAL",
                         "recipient": null,
                         "recipientName": null,
                         "recorded": $RECORDED}"""),
                approve(consentWithdrawn(SHARING_CONSENT, date("2026-11-10")), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "consentId": "11111111-5e4f-4a1b-8c2d-000000000002",
                         "withdrawnOn": "2026-11-10",
                         "recorded": $RECORDED}"""),
                approve(personalDetailsRecorded(DETAILS_ON), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "parent": {"name": "Jane Example",
                                    "address": "1 Example Street, Plymouth",
                                    "phone": "01752 000000",
                                    "email": "jane@example.org",
                                    "preferredLanguage": "English",
                                    "preferredContact": "PHONE"},
                         "child": {"name": "Sam Example",
                                   "dateOfBirth": "2016-05-14",
                                   "school": "Hillside Primary",
                                   "needsSummary": "Autism; speech and language needs"},
                         "recordedOn": "2026-01-13",
                         "recorded": $RECORDED}"""),
                approve(caseworkOpened(DETAILS_ON), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "openedOn": "2026-01-13",
                         "recorded": $RECORDED}"""),
                approve(caseNoteWritten(), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "writtenOn": "2026-11-20",
                         "text": "Mum worried the annual review will not discuss transport.",
                         "recorded": $RECORDED}"""),
                approve(contactRecorded(CONTACT_ON), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "contactOn": "2026-11-20",
                         "channel": "PHONE",
                         "recorded": $RECORDED}"""),
                approve(supporterAllocated("volunteer1"), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "username": "volunteer1",
                         "role": "IPS_VOLUNTEER",
                         "allocatedOn": "2026-11-25",
                         "recorded": $RECORDED}"""),
                approve(meetingSupported(), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "meetingId": "33333333-5e4f-4a1b-8c2d-000000000001",
                         "meetingType": "ANNUAL_REVIEW",
                         "heldOn": "2026-11-18",
                         "support": ["PREPARATION", "ATTENDED"],
                         "viewsConveyedForParent": true,
                         "conveyedViewsConfirmedWithParent": false,
                         "notesOfferedToParent": true,
                         "inHouseDeclarationGiven": false,
                         "recorded": $RECORDED}"""),
                approve(conveyedViewsConfirmed(TODAY), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "meetingId": "33333333-5e4f-4a1b-8c2d-000000000001",
                         "confirmedOn": "2026-11-25",
                         "recorded": $RECORDED}"""),
                approve(informationShared(Recipient.SCHOOL, SHARED_ON, SHARING_CONSENT), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "sharingId": "22222222-5e4f-4a1b-8c2d-000000000001",
                         "sharedOn": "2026-11-20",
                         "recipient": "SCHOOL",
                         "purpose": "Ask for a review of support",
                         "recipientName": "Hillside Primary",
                         "consentId": "11111111-5e4f-4a1b-8c2d-000000000002",
                         "safeguardingOverride": null,
                         "recorded": $RECORDED}"""),
                approve(new InformationShared(CASE_ID, SHARING_ID, SHARED_ON, Recipient.SOCIAL_CARE,
                        "Child protection referral", null, null,
                        new SafeguardingOverride("Child disclosed harm at home", "manager1", CHILD_PROTECTION), RECORDED), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "sharingId": "22222222-5e4f-4a1b-8c2d-000000000001",
                         "sharedOn": "2026-11-20",
                         "recipient": "SOCIAL_CARE",
                         "purpose": "Child protection referral",
                         "recipientName": null,
                         "consentId": null,
                         "safeguardingOverride": {"justification": "Child disclosed harm at home",
                                                  "approvedBy": "manager1",
                                                  "ground": "CHILD_PROTECTION"},
                         "recorded": $RECORDED}"""),
                approve(appealableDecisionRecorded(AppealableDecisionKind.SEN_DECISION, date("2026-01-31"), false,
                        date("2026-03-31")), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "decisionId": "44444444-5e4f-4a1b-8c2d-000000000001",
                         "kind": "SEN_DECISION",
                         "letterDate": "2026-01-31",
                         "decisionType": "STATEMENT_ISSUED",
                         "placementOnly": false,
                         "conciliationUsed": false,
                         "rules": "CFA_2014",
                         "appealDeadline": "2026-03-31",
                         "recorded": $RECORDED}"""),
                approve(mediationCertificateRecorded(date("2026-03-10"), true, date("2026-03-31"),
                        date("2026-04-10")), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "decisionId": "44444444-5e4f-4a1b-8c2d-000000000001",
                         "issuedOn": "2026-03-10",
                         "certificateNeeded": true,
                         "previousAppealDeadline": "2026-03-31",
                         "appealDeadline": "2026-04-10",
                         "recorded": $RECORDED}"""),
                approve(mediationReferred(), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "referralId": "55555555-5e4f-4a1b-8c2d-000000000001",
                         "referredOn": "2026-02-10",
                         "provider": "South West Mediation",
                         "reason": "STATEMENT_ISSUED",
                         "referredBy": "PARENT",
                         "recorded": $RECORDED}"""),
                approve(mediationConcluded(CONCLUDED_ON), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "referralId": "55555555-5e4f-4a1b-8c2d-000000000001",
                         "concludedOn": "2026-03-20",
                         "outcome": "AGREEMENT",
                         "recorded": $RECORDED}"""),
                approve(impartialityConcernRaised(), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "concernId": "66666666-5e4f-4a1b-8c2d-000000000001",
                         "raisedOn": "2026-11-20",
                         "detail": "Felt we sided with the school",
                         "source": "PARENT",
                         "recorded": $RECORDED}"""),
                approve(signpostingGiven(), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "givenOn": "2026-11-20",
                         "organisations": ["ACE", "IPSEA"],
                         "organisationName": null,
                         "recorded": $RECORDED}"""),
                approve(evaluationRequestSent(), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "sentOn": "2026-11-20",
                         "recorded": $RECORDED}"""),
                approve(evaluationReturned(), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "returnedOn": "2026-11-24",
                         "wentWell": ["LISTENING", "FINDING_WAYS_FORWARD"],
                         "usefulness": "VERY_USEFUL",
                         "impartial": "ALWAYS",
                         "couldDoBetter": "Call back sooner",
                         "otherComments": null,
                         "willingToBeContacted": true,
                         "recorded": $RECORDED}"""),
                approve(complaintReceived(), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "complaintId": "77777777-5e4f-4a1b-8c2d-000000000001",
                         "receivedOn": "2026-04-02",
                         "summary": "Nobody called back",
                         "workingDaysToRespond": 5,
                         "responseDueOn": "2026-04-13",
                         "recorded": $RECORDED}"""),
                approve(complaintAnswered(ANSWERED_ON), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "complaintId": "77777777-5e4f-4a1b-8c2d-000000000001",
                         "respondedOn": "2026-04-09",
                         "escalated": false,
                         "recorded": $RECORDED}"""),
                approve(complaintEscalated(ESCALATED_ON), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "complaintId": "77777777-5e4f-4a1b-8c2d-000000000001",
                         "escalatedOn": "2026-04-20",
                         "recorded": $RECORDED}"""),
                approve(appealOutcomeRecorded(APPEAL_DECIDED_ON), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "decisionId": "44444444-5e4f-4a1b-8c2d-000000000001",
                         "decidedOn": "2026-03-31",
                         "outcome": "RESOLVED_BEFORE_HEARING",
                         "recorded": $RECORDED}"""),
                approve(caseClosed(CLOSED_ON), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "closedOn": "2026-11-24",
                         "reason": "Casework complete",
                         "recorded": $RECORDED}"""),
                approve(caseReopened(REOPENED_ON), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "reopenedOn": "2026-11-25",
                         "recorded": $RECORDED}"""),
                approve(new CaseErased(CASE_ID, TODAY, "Retention period ended", RECORDED), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "erasedOn": "2026-11-25",
                         "reason": "Retention period ended",
                         "recorded": $RECORDED}"""),
                approve(subjectAccessRequested(TODAY, TODAY.plusMonths(1)), """
                        {"caseId": "7d3c2b1a-5e4f-4a1b-8c2d-000000000001",
                         "receivedOn": "2026-11-25",
                         "dueOn": "2026-12-25",
                         "recorded": $RECORDED}"""));
    }

    static Stream<Arguments> everyApprovedEvent() {
        return approvals().stream()
                .map(approval -> Arguments.of(Named.of(approval.event().getClass().getSimpleName(), approval)));
    }

    @Test
    void everyEventTypeHasAnApprovedJsonDocument() {
        List<Class<?>> approvedTypes = approvals().stream()
                .<Class<?>>map(approval -> approval.event().getClass())
                .distinct()
                .toList();

        assertThat(CaseworkClasses.implementationsOf(CaseEvent.class))
                .containsExactlyInAnyOrderElementsOf(approvedTypes);
    }

    @ParameterizedTest
    @MethodSource("everyApprovedEvent")
    void writesTheApprovedJson(Approval approval) throws Exception {
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(approval.event()));

        assertThat(written).isEqualTo(MAPPER.readTree(approval.json()));
    }

    @ParameterizedTest
    @MethodSource("everyApprovedEvent")
    void readsTheApprovedJsonBackToAnEqualEvent(Approval approval) throws Exception {
        CaseEvent read = MAPPER.readValue(approval.json(), approval.event().getClass());

        assertThat(read).isEqualTo(approval.event());
    }

    @ParameterizedTest
    @MethodSource("everyApprovedEvent")
    void writesIdentifiersAsPlainStrings(Approval approval) throws Exception {
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(approval.event()));

        written.fields().forEachRemaining(field -> {
            if (field.getKey().endsWith("Id")) {
                assertThat(field.getValue().isTextual() || field.getValue().isNull())
                        .as(field.getKey()).isTrue();
            }
        });
        assertThat(written.get("caseId").asText()).isEqualTo(CASE_ID.value());
    }

    @Test
    void keepsNoDerivedFieldsSuchAsTheDateTheActionHappened() throws Exception {
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(contactRecorded(CONTACT_ON)));

        assertThat(written.has("occurredOn")).isFalse();
        assertThat(written.get("recorded").has("on")).isFalse();
    }

    @Test
    void readsAnIdentifierFromItsPlainString() throws Exception {
        assertThat(MAPPER.readValue("\"44444444-5e4f-4a1b-8c2d-000000000001\"", DecisionId.class))
                .isEqualTo(DECISION_ID);
    }
}

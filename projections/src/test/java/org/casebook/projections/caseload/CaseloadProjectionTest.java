package org.casebook.projections.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.domain.casework.AppealRules;
import org.casebook.domain.casework.AppealableDecisionKind;
import org.casebook.domain.casework.AppealableDecisionRecorded;
import org.casebook.domain.casework.CaseClosed;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.CaseworkOpened;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.ComplaintAnswered;
import org.casebook.domain.casework.ComplaintId;
import org.casebook.domain.casework.ComplaintReceived;
import org.casebook.domain.casework.ContactRecorded;
import org.casebook.domain.casework.DecisionId;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.EnquiryReceived;
import org.casebook.domain.casework.EvaluationRequestSent;
import org.casebook.domain.casework.MediationCertificateRecorded;
import org.casebook.domain.casework.MeetingId;
import org.casebook.domain.casework.MeetingSupport;
import org.casebook.domain.casework.MeetingSupported;
import org.casebook.domain.casework.MeetingType;
import org.casebook.domain.casework.SenDecisionType;
import org.casebook.domain.casework.SupporterAllocated;
import org.casebook.domain.casework.SupporterRole;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.shared.Recorded;
import org.casebook.projections.Feed;
import org.casebook.projections.InMemoryTables;
import org.casebook.projections.Json;
import org.casebook.projections.caseload.DueItem.DueKind;
import org.junit.jupiter.api.Test;

/**
 * The caseload's due items without a database: events go to {@link CaseloadProjection} as its processor would hand
 * them over, the row it keeps is read back, and {@link Caseloads#dueItems} says what is due on a given day
 * (docs/reports.md, "Caseload"; the evaluation rule is seed 002 §10).
 */
class CaseloadProjectionTest {

    private static final Recorded BY = new Recorded("caseworker1", Instant.parse("2026-11-30T10:00:00Z"));

    private final InMemoryTables tables = new InMemoryTables();
    private final CaseloadProjection projection = new CaseloadProjection(tables);
    private final CaseId caseId = CaseId.random();

    @Test
    void aLevelOneEnquiryIsDueNothing() {
        feed(enquiry("2026-01-12"));

        assertThat(dueItems("2026-11-30")).isEmpty();
        assertThat(row()).containsEntry("level", 1).containsEntry("status", "OPEN");
    }

    @Test
    void levelTwoCaseworkIsDueAnEvaluationSixMonthsAfterTheFirstContact() {
        feed(enquiry("2026-01-12"));
        feed(new CaseworkOpened(caseId, LocalDate.parse("2026-01-20"), BY));
        feed(contact("2026-02-03"));

        assertThat(dueItems("2026-07-12")).containsExactly(
                new DueItem(DueKind.EVALUATION_DUE, LocalDate.parse("2026-07-12"), false));
        assertThat(dueItems("2026-07-13")).containsExactly(
                new DueItem(DueKind.EVALUATION_DUE, LocalDate.parse("2026-07-12"), true));
    }

    /** Issue 10: enquiry 2026-01-12, casework 01-13, closed 02-20; the evaluation due keeps it listed until sent. */
    @Test
    void aClosedCaseIsFlaggedForFollowUpWhileItsEvaluationIsDue() {
        feed(enquiry("2026-01-12"));
        feed(new CaseworkOpened(caseId, LocalDate.parse("2026-01-13"), BY));
        feed(new CaseClosed(caseId, LocalDate.parse("2026-02-20"), "Questions answered", BY));

        assertThat(row()).containsEntry("status", "CLOSED").containsEntry("follow_up_due", true);

        feed(new EvaluationRequestSent(caseId, LocalDate.parse("2026-07-13"), BY));

        assertThat(row()).containsEntry("follow_up_due", false);
    }

    @Test
    void anOpenCaseIsNeverFlaggedForFollowUp() {
        feed(enquiry("2026-01-12"));
        feed(new CaseworkOpened(caseId, LocalDate.parse("2026-01-13"), BY));

        assertThat(row()).containsEntry("status", "OPEN").containsEntry("follow_up_due", false);
    }

    @Test
    void afterARequestTheNextEvaluationWaitsForTheFirstContactThatFollowsIt() {
        feed(enquiry("2026-01-12"));
        feed(new CaseworkOpened(caseId, LocalDate.parse("2026-01-12"), BY));
        feed(new EvaluationRequestSent(caseId, LocalDate.parse("2026-07-14"), BY));

        assertThat(dueItems("2026-11-30")).as("no contact since the request").isEmpty();

        feed(meeting("2026-09-01"));
        feed(contact("2026-08-03"));
        // A contact recorded late but dated before the request does not count.
        feed(contact("2026-07-01"));

        assertThat(dueItems("2026-11-30")).containsExactly(
                new DueItem(DueKind.EVALUATION_DUE, LocalDate.parse("2027-02-03"), false));
        assertThat(row()).containsEntry("last_contact_on", java.sql.Date.valueOf("2026-09-01"));
    }

    @Test
    void appealDeadlinesAndComplaintResponsesAreDueEarliestFirstUntilAnswered() {
        ComplaintId complaint = ComplaintId.random();
        feed(enquiry("2026-09-01"));
        // Placement-only: no mediation advice is due (see the next test), only the deadline.
        feed(new AppealableDecisionRecorded(caseId, DecisionId.random(), AppealableDecisionKind.SEN_DECISION,
                LocalDate.parse("2026-09-10"), SenDecisionType.EHC_PLAN_CONTENTS, true, false, AppealRules.CFA_2014,
                LocalDate.parse("2026-11-10"), BY));
        feed(new ComplaintReceived(caseId, complaint, LocalDate.parse("2026-10-05"), null, 5,
                LocalDate.parse("2026-10-12"), BY));

        assertThat(dueItems("2026-10-12")).containsExactly(
                new DueItem(DueKind.COMPLAINT_RESPONSE_DUE, LocalDate.parse("2026-10-12"), false),
                new DueItem(DueKind.APPEAL_DEADLINE, LocalDate.parse("2026-11-10"), false));

        feed(new ComplaintAnswered(caseId, complaint, LocalDate.parse("2026-10-09"), false, BY));

        assertThat(dueItems("2026-11-30")).as("a deadline stays listed once passed, as overdue").containsExactly(
                new DueItem(DueKind.APPEAL_DEADLINE, LocalDate.parse("2026-11-10"), true));
    }

    @Test
    void mediationAdviceIsDueUntilTheCertificateWhichRecomputesTheDeadline() {
        DecisionId decision = DecisionId.random();
        feed(enquiry("2026-09-01"));
        feed(new AppealableDecisionRecorded(caseId, decision, AppealableDecisionKind.SEN_DECISION,
                LocalDate.parse("2026-10-01"), SenDecisionType.EHC_PLAN_REFUSED, false, false, AppealRules.CFA_2014,
                LocalDate.parse("2026-12-01"), BY));

        assertThat(dueItems("2026-11-20")).containsExactly(
                new DueItem(DueKind.APPEAL_DEADLINE, LocalDate.parse("2026-12-01"), false),
                new DueItem(DueKind.MEDIATION_ADVICE_DUE, LocalDate.parse("2026-12-01"), false));

        feed(new MediationCertificateRecorded(caseId, decision, LocalDate.parse("2026-11-29"), true,
                LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-04"), BY));

        assertThat(dueItems("2026-12-02")).containsExactly(
                new DueItem(DueKind.APPEAL_DEADLINE, LocalDate.parse("2027-01-04"), false));
    }

    @Test
    void aDecisionStoredUnderTheOldRulesStillShowsTheAdviceTodaysLawAsksFor() {
        feed(enquiry("2025-12-01"));
        feed(new AppealableDecisionRecorded(caseId, DecisionId.random(), AppealableDecisionKind.SEN_DECISION,
                LocalDate.parse("2025-12-31"), SenDecisionType.STATEMENT_ISSUED, false, false, AppealRules.PRE_2014,
                LocalDate.parse("2026-02-28"), BY));

        assertThat(dueItems("2026-01-10")).containsExactly(
                new DueItem(DueKind.APPEAL_DEADLINE, LocalDate.parse("2026-02-28"), false),
                new DueItem(DueKind.MEDIATION_ADVICE_DUE, LocalDate.parse("2026-02-28"), false));
    }

    @Test
    void theCaseIsOnItsSupportersCaseloadUntilClosed() {
        feed(enquiry("2026-01-12"));
        feed(new SupporterAllocated(caseId, "volunteer1", SupporterRole.IPS_VOLUNTEER,
                LocalDate.parse("2026-01-13"), BY));
        assertThat(row()).containsEntry("supporter", "volunteer1").containsEntry("status", "OPEN");

        feed(new CaseClosed(caseId, LocalDate.parse("2026-03-01"), null, BY));

        assertThat(row()).containsEntry("status", "CLOSED").containsEntry("closed_on", java.sql.Date.valueOf("2026-03-01"));
    }

    @Test
    void handlingEveryEventTwiceChangesNothing() {
        List<Runnable> events = List.of(
                () -> feed(enquiry("2026-01-12")),
                () -> feed(new CaseworkOpened(caseId, LocalDate.parse("2026-01-12"), BY)),
                () -> feed(contact("2026-02-03")),
                () -> feed(new EvaluationRequestSent(caseId, LocalDate.parse("2026-07-14"), BY)),
                () -> feed(contact("2026-08-03")));
        events.forEach(Runnable::run);
        Map<String, Object> once = new java.util.HashMap<>(row());
        List<DueItem> dueOnce = dueItems("2026-11-30");

        events.forEach(Runnable::run);

        assertThat(row()).isEqualTo(once);
        assertThat(dueItems("2026-11-30")).isEqualTo(dueOnce).hasSize(1);
    }

    private void feed(Object event) {
        Feed.event(projection, event);
    }

    private EnquiryReceived enquiry(String receivedOn) {
        return new EnquiryReceived(caseId, LocalDate.parse(receivedOn), Channel.PHONE, EnquirerRole.PARENT,
                EnquiryAbout.CHILD, Set.of(Topic.STATUTORY_ASSESSMENT), Set.of(), BY);
    }

    private ContactRecorded contact(String contactOn) {
        return new ContactRecorded(caseId, LocalDate.parse(contactOn), Channel.PHONE, BY);
    }

    private MeetingSupported meeting(String heldOn) {
        return new MeetingSupported(caseId, MeetingId.random(), MeetingType.SCHOOL_MEETING, LocalDate.parse(heldOn),
                Set.of(MeetingSupport.ATTENDED), false, false, false, false, BY);
    }

    private Map<String, Object> row() {
        return tables.row("caseload_case", caseId.value()).orElseThrow();
    }

    /**
     * What the caseload shows for this case on {@code asOf}: the items the row keeps, read as the query reads them,
     * which must be what the query would work out from the row's state (as it does for rows written before V15_4).
     */
    private List<DueItem> dueItems(String asOf) {
        Map<String, Object> row = row();
        CaseloadState state = Json.read((String) row.get("state"), CaseloadState.class);
        List<DueItem> fromState = Caseloads.dueItems(((Number) row.get("level")).intValue(), state,
                LocalDate.parse(asOf));
        List<DueItem> kept = DueColumn.read((String) row.get("due_items"), LocalDate.parse(asOf));
        assertThat(kept).as("the due items the row keeps").isEqualTo(fromState);
        return kept;
    }
}

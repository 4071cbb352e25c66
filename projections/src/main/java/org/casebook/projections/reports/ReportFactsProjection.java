package org.casebook.projections.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.casebook.domain.casework.AppealableDecisionRecorded;
import org.casebook.domain.casework.CaseClosed;
import org.casebook.domain.casework.CaseErased;
import org.casebook.domain.casework.CaseEvent;
import org.casebook.domain.casework.CaseworkOpened;
import org.casebook.domain.casework.ComplaintAnswered;
import org.casebook.domain.casework.ComplaintReceived;
import org.casebook.domain.casework.ConveyedViewsConfirmed;
import org.casebook.domain.casework.EnquiryReceived;
import org.casebook.domain.casework.EvaluationRequestSent;
import org.casebook.domain.casework.EvaluationReturned;
import org.casebook.domain.casework.ImpartialityConcernRaised;
import org.casebook.domain.casework.InformationShared;
import org.casebook.domain.casework.MediationConcluded;
import org.casebook.domain.casework.MediationReferred;
import org.casebook.domain.casework.MeetingSupported;
import org.casebook.domain.casework.SignpostingGiven;
import org.casebook.domain.casework.SupporterAllocated;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turns case events into anonymous facts. Facts are keyed by the event's identifier and their position in it, so a
 * replayed event inserts nothing new. Only enumerated values are kept: no names, no free text.
 */
@ProcessingGroup(ReportFactsProjection.NAME)
public class ReportFactsProjection {

    public static final String NAME = "reports";

    private final JdbcTemplate jdbc;

    public ReportFactsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EnquiryReceived event, @MessageIdentifier String eventId) {
        jdbc.update("INSERT INTO report_case (case_id, level, supporter) VALUES (?, 1, NULL) ON CONFLICT DO NOTHING",
                event.caseId().value());
        Facts facts = new Facts(event, event.receivedOn(), null);
        facts.add(Fact.ENQUIRY, "channel", event.channel().name(), null);
        facts.add(Fact.ENQUIRY, "enquirerRole", event.enquirerRole().name(), null);
        facts.add(Fact.ENQUIRY, "about", event.about().name(), null);
        event.topics().forEach(topic -> facts.add(Fact.ENQUIRY_TOPIC, "topic", topic.name(), null));
        event.signposted().forEach(org -> facts.add(Fact.SIGNPOSTING, "organisation", org.name(), null));
        store(eventId, facts);
    }

    @EventHandler
    void on(CaseworkOpened event, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE report_case SET level = 2 WHERE case_id = ?", event.caseId().value());
        store(eventId, new Facts(event, event.openedOn(), null).add(Fact.CASEWORK_OPENED, "level", "2", null));
    }

    @EventHandler
    void on(SupporterAllocated event) {
        jdbc.update("UPDATE report_case SET supporter = ? WHERE case_id = ?", event.username(), event.caseId().value());
    }

    @EventHandler
    void on(MeetingSupported event, @MessageIdentifier String eventId) {
        Facts facts = new Facts(event, event.heldOn(), worker(event));
        String meetingId = event.meetingId().value();
        facts.add(Fact.MEETING, "meetingType", event.meetingType().name(), meetingId);
        if (event.viewsConveyedForParent() && !event.conveyedViewsConfirmedWithParent()) {
            facts.add(Fact.VIEWS_CONVEYED_UNCONFIRMED, "meetingType", event.meetingType().name(), meetingId);
        }
        store(eventId, facts);
    }

    @EventHandler
    void on(ConveyedViewsConfirmed event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.confirmedOn(), null)
                .add(Fact.VIEWS_CONFIRMED, "meeting", "CONFIRMED", event.meetingId().value()));
    }

    @EventHandler
    void on(MediationReferred event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.referredOn(), null)
                .add(Fact.MEDIATION_REFERRAL, "reason", event.reason().name(), event.referralId().value())
                .add(Fact.MEDIATION_REFERRAL, "referredBy", event.referredBy().name(), event.referralId().value()));
    }

    @EventHandler
    void on(MediationConcluded event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.concludedOn(), null)
                .add(Fact.MEDIATION_OUTCOME, "outcome", event.outcome().name(), event.referralId().value()));
    }

    @EventHandler
    void on(AppealableDecisionRecorded event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.effectiveOn(), null)
                .add(Fact.APPEALABLE_DECISION, "kind", event.kind().name(), event.decisionId().value()));
    }

    @EventHandler
    void on(EvaluationRequestSent event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.sentOn(), worker(event)).add(Fact.EVALUATION_REQUEST, "sent", "1", null));
    }

    @EventHandler
    void on(EvaluationReturned event, @MessageIdentifier String eventId) {
        Facts facts = new Facts(event, event.returnedOn(), worker(event));
        facts.add(Fact.EVALUATION, "usefulness", event.usefulness().name(), null);
        facts.add(Fact.EVALUATION, "impartial", event.impartial().name(), null);
        event.wentWell().forEach(item -> facts.add(Fact.EVALUATION_WENT_WELL, "wentWell", item.name(), null));
        store(eventId, facts);
    }

    @EventHandler
    void on(ImpartialityConcernRaised event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.raisedOn(), worker(event))
                .add(Fact.IMPARTIALITY_CONCERN, "raised", "1", event.concernId().value()));
    }

    @EventHandler
    void on(SignpostingGiven event, @MessageIdentifier String eventId) {
        Facts facts = new Facts(event, event.givenOn(), null);
        event.organisations().forEach(org -> facts.add(Fact.SIGNPOSTING, "organisation", org.name(), null));
        store(eventId, facts);
    }

    @EventHandler
    void on(InformationShared event, @MessageIdentifier String eventId) {
        boolean safeguarding = event.safeguardingOverride() != null;
        String worker = worker(event);
        store(eventId, new Facts(event, event.sharedOn(), worker)
                .add(Fact.INFORMATION_SHARED, "basis", safeguarding ? "SAFEGUARDING" : "CONSENT",
                        event.sharingId().value())
                .add(Fact.INFORMATION_SHARED, "recipient", event.recipient().name(), event.sharingId().value()));
        if (safeguarding) {
            jdbc.update("""
                            INSERT INTO report_safeguarding_override (sharing_id, case_id, shared_on, recipient,
                                justification, approved_by, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT DO NOTHING""",
                    event.sharingId().value(), event.caseId().value(), event.sharedOn(), event.recipient().name(),
                    event.safeguardingOverride().justification(), event.safeguardingOverride().approvedBy(),
                    event.recorded().by());
        }
    }

    @EventHandler
    void on(ComplaintReceived event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.receivedOn(), null)
                .add(Fact.COMPLAINT, "received", "1", event.complaintId().value()));
    }

    @EventHandler
    void on(ComplaintAnswered event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.respondedOn(), null)
                .add(Fact.COMPLAINT_ANSWERED, "escalated", event.escalated() ? "TRUE" : "FALSE",
                        event.complaintId().value()));
    }

    @EventHandler
    void on(CaseClosed event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.closedOn(), null).add(Fact.CASE_CLOSED, "closed", "1", null));
    }

    /** The override's justification is staff's words about the family: it goes with the family's data. */
    @EventHandler
    void on(CaseErased event) {
        jdbc.update("UPDATE report_safeguarding_override SET justification = NULL WHERE case_id = ?",
                event.caseId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM report_fact");
        jdbc.update("DELETE FROM report_case");
        jdbc.update("DELETE FROM report_safeguarding_override");
    }

    /** The supporter the case was allocated to when this happened, or whoever recorded it if nobody was. */
    private String worker(CaseEvent event) {
        return jdbc.query("SELECT supporter FROM report_case WHERE case_id = ?", (rs, row) -> rs.getString(1),
                        event.caseId().value()).stream()
                .filter(supporter -> supporter != null)
                .findFirst()
                .orElse(event.recorded().by());
    }

    private void store(String eventId, Facts facts) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < facts.rows.size(); i++) {
            FactRow row = facts.rows.get(i);
            rows.add(new Object[] {eventId, i, facts.caseId, facts.on, row.fact().name(), row.dimension(),
                    row.value(), row.ref(), facts.worker});
        }
        jdbc.batchUpdate("""
                INSERT INTO report_fact (event_id, ordinal, case_id, occurred_on, fact, dimension, val, ref, worker)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", rows);
    }

    private record FactRow(Fact fact, String dimension, String value, String ref) {
    }

    /** The facts one event contributes, all dated when it happened. */
    private static final class Facts {
        private final String caseId;
        private final LocalDate on;
        private final String worker;
        private final List<FactRow> rows = new ArrayList<>();

        Facts(CaseEvent event, LocalDate on, String worker) {
            this.caseId = event.caseId().value();
            this.on = on;
            this.worker = worker;
        }

        Facts add(Fact fact, String dimension, String value, String ref) {
            rows.add(new FactRow(fact, dimension, value, ref));
            return this;
        }
    }
}

package org.casebook.projections.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.casebook.domain.casework.AppealOutcomeRecorded;
import org.casebook.domain.casework.AppealableDecisionRecorded;
import org.casebook.domain.casework.CaseClosed;
import org.casebook.domain.casework.CaseErased;
import org.casebook.domain.casework.CaseEvent;
import org.casebook.domain.casework.CaseworkOpened;
import org.casebook.domain.casework.ComplaintAnswered;
import org.casebook.domain.casework.ComplaintEscalated;
import org.casebook.domain.casework.ComplaintReceived;
import org.casebook.domain.casework.ConsentGiven;
import org.casebook.domain.casework.ConsentKind;
import org.casebook.domain.casework.ConsentWithdrawn;
import org.casebook.domain.casework.ContactRecorded;
import org.casebook.domain.casework.ConveyedViewsConfirmed;
import org.casebook.domain.casework.EnquiryReceived;
import org.casebook.domain.casework.EvaluationRequestSent;
import org.casebook.domain.casework.EvaluationReturned;
import org.casebook.domain.casework.ImpartialityConcernRaised;
import org.casebook.domain.casework.InformationShared;
import org.casebook.domain.casework.MediationConcluded;
import org.casebook.domain.casework.MediationReferred;
import org.casebook.domain.casework.MeetingSupported;
import org.casebook.domain.casework.SafeguardingOverride;
import org.casebook.domain.casework.SignpostingGiven;
import org.casebook.domain.casework.SupporterAllocated;
import org.casebook.domain.compliments.ComplimentReceived;
import org.casebook.projections.ProjectionBatch;
import org.casebook.projections.ReadModelTables;
import org.casebook.projections.ShadowFill;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turns case events into anonymous facts. Facts are keyed by the event's identifier and their position in it, so a
 * replayed event inserts nothing new. Only enumerated values are kept: no names, no free text. Everything is
 * written once per batch of events ({@link ProjectionBatch}).
 */
@ProcessingGroup(ReportFactsProjection.NAME)
public class ReportFactsProjection {

    public static final String NAME = "reports";
    private static final String BATCH = ProjectionBatch.resourceOf(NAME);

    /** The tables this projection writes; a bulk rebuild writes the same rows into shadow tables. */
    public static final List<String> TABLES = List.of("report_fact", "report_case", "report_safeguarding_override");

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    public ReportFactsProjection(JdbcTemplate jdbc) {
        this(jdbc, ReadModelTables.LIVE);
    }

    public ReportFactsProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @EventHandler
    void on(EnquiryReceived event, @MessageIdentifier String eventId) {
        inBatch(batch -> batch.enquiry(event.caseId().value()));
        Facts facts = new Facts(event, event.receivedOn(), null);
        facts.add(Fact.ENQUIRY, "channel", event.channel().name(), null);
        facts.add(Fact.ENQUIRY, "enquirerRole", event.enquirerRole().name(), null);
        facts.add(Fact.ENQUIRY, "about", event.about().name(), null);
        event.topics().forEach(topic -> facts.add(Fact.ENQUIRY_TOPIC, "topic", topic.name(), null));
        event.signposted().forEach(org -> facts.add(Fact.SIGNPOSTING, "organisation", org.name(), null));
        store(eventId, facts);
    }

    /**
     * Casework opened is dated by the day the parent agreed to records being kept (the record-keeping consent
     * standing when the details were first recorded, the earliest if several stood), not the day the details were
     * typed in, which the event carries. Without such a consent (never, by the case's rules) it falls back to that.
     */
    @EventHandler
    void on(CaseworkOpened event, @MessageIdentifier String eventId) {
        String caseId = event.caseId().value();
        LocalDate openedOn = withBatch(batch -> batch.recordKeepingSince(caseId)).orElse(event.openedOn());
        inBatch(batch -> batch.levelTwo(caseId));
        store(eventId, new Facts(event, openedOn, null).add(Fact.CASEWORK_OPENED, "level", "2", null));
    }

    @EventHandler
    void on(ConsentGiven event) {
        if (event.kind() == ConsentKind.RECORD_KEEPING) {
            inBatch(batch -> batch.recordKeepingGiven(event.caseId().value(), event.consentId().value(),
                    event.givenOn()));
        }
    }

    @EventHandler
    void on(ConsentWithdrawn event) {
        inBatch(batch -> batch.recordKeepingWithdrawn(event.caseId().value(), event.consentId().value()));
    }

    /** A further contact with the parent, counted with the first enquiries by channel [000 §1.4]. */
    @EventHandler
    void on(ContactRecorded event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.contactOn(), null)
                .add(Fact.CONTACT, "channel", event.channel().name(), null));
    }

    @EventHandler
    void on(SupporterAllocated event) {
        inBatch(batch -> batch.allocate(event.caseId().value(), event.username()));
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
    void on(AppealOutcomeRecorded event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.decidedOn(), null)
                .add(Fact.APPEAL_OUTCOME, "outcome", event.outcome().name(), event.decisionId().value()));
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
                .add(Fact.IMPARTIALITY_CONCERN, "raised", "1", event.concernId().value())
                .add(Fact.IMPARTIALITY_CONCERN_SOURCE, "source", event.source().name(), event.concernId().value()));
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
            inBatch(batch -> batch.safeguardingOverride(event.sharingId().value(), event.caseId().value(),
                    java.sql.Date.valueOf(event.sharedOn()), event.recipient().name(),
                    event.safeguardingOverride().justification(), event.safeguardingOverride().approvedBy(),
                    event.recorded().by(), ground(event.safeguardingOverride())));
        }
    }

    /** Null for an override recorded before the ground was asked for (revision 1 of the event). */
    private static String ground(SafeguardingOverride override) {
        return override.ground() == null ? null : override.ground().name();
    }

    @EventHandler
    void on(ComplaintReceived event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.receivedOn(), null)
                .add(Fact.COMPLAINT, "received", "1", event.complaintId().value())
                .add(Fact.COMPLAINT, "dueOn", event.responseDueOn().toString(), event.complaintId().value()));
    }

    @EventHandler
    void on(ComplaintAnswered event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.respondedOn(), null)
                .add(Fact.COMPLAINT_ANSWERED, "escalated", event.escalated() ? "TRUE" : "FALSE",
                        event.complaintId().value()));
    }

    @EventHandler
    void on(ComplaintEscalated event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.escalatedOn(), null)
                .add(Fact.COMPLAINT_ESCALATED, "escalated", "TRUE", event.complaintId().value()));
    }

    /** Thanks belong to no case: the fact has no case id [002 §5.12 (8)]. */
    @EventHandler
    void on(ComplimentReceived event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(null, event.receivedOn(), null)
                .add(Fact.COMPLIMENT, "kind", event.kind().name(), null));
    }

    @EventHandler
    void on(CaseClosed event, @MessageIdentifier String eventId) {
        store(eventId, new Facts(event, event.closedOn(), null).add(Fact.CASE_CLOSED, "closed", "1", null));
    }

    /** The override's justification is staff's words about the family: it goes with the family's data. */
    @EventHandler
    void on(CaseErased event) {
        inBatch(batch -> batch.erase(event.caseId().value()));
    }

    @ResetHandler
    void reset() {
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + tables.of(table)));
    }

    /** The supporter the case was allocated to when this happened, or whoever recorded it if nobody was. */
    private String worker(CaseEvent event) {
        return withBatch(batch -> batch.supporter(event.caseId().value()))
                .orElse(event.recorded().by());
    }

    private void store(String eventId, Facts facts) {
        inBatch(batch -> {
            for (int i = 0; i < facts.rows.size(); i++) {
                FactRow row = facts.rows.get(i);
                batch.fact(eventId, i, facts.caseId, facts.on, row.fact(), row.dimension(), row.value(), row.ref(),
                        facts.worker);
            }
        });
    }

    private void inBatch(java.util.function.Consumer<ReportBatch> work) {
        withBatch(batch -> {
            work.accept(batch);
            return null;
        });
    }

    private <R> R withBatch(java.util.function.Function<ReportBatch, R> work) {
        return ProjectionBatch.apply(BATCH, ids -> new ReportBatch(jdbc, tables, ids, ShadowFill.current()), work);
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
            this.caseId = event == null ? null : event.caseId().value();
            this.on = on;
            this.worker = worker;
        }

        Facts add(Fact fact, String dimension, String value, String ref) {
            rows.add(new FactRow(fact, dimension, value, ref));
            return this;
        }
    }
}

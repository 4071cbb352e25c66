package org.casebook.projections.caseload;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.casebook.domain.casework.AppealOutcomeRecorded;
import org.casebook.domain.casework.AppealableDecisionRecorded;
import org.casebook.domain.casework.CaseClosed;
import org.casebook.domain.casework.CaseErased;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.CaseReopened;
import org.casebook.domain.casework.CaseworkOpened;
import org.casebook.domain.casework.ComplaintAnswered;
import org.casebook.domain.casework.ComplaintReceived;
import org.casebook.domain.casework.ConsentGiven;
import org.casebook.domain.casework.ConsentKind;
import org.casebook.domain.casework.ConsentWithdrawn;
import org.casebook.domain.casework.ContactRecorded;
import org.casebook.domain.casework.EnquiryReceived;
import org.casebook.domain.casework.EvaluationRequestSent;
import org.casebook.domain.casework.MediationCertificateRecorded;
import org.casebook.domain.casework.MeetingSupported;
import org.casebook.domain.casework.SendTribunalTimeLimits;
import org.casebook.domain.casework.SupporterAllocated;
import org.casebook.projections.ProjectionBatch;
import org.casebook.projections.ReadModelTables;
import org.casebook.projections.ShadowFill;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code caseload_case} up to date. Every handler is idempotent: the enquiry inserts only if absent, and
 * the state it folds is made of sets and maps keyed by date or id. Rows are changed in memory and written once per
 * batch of events ({@link ProjectionBatch}).
 */
@ProcessingGroup(CaseloadProjection.NAME)
public class CaseloadProjection {

    public static final String NAME = "caseload";
    private static final String BATCH = ProjectionBatch.resourceOf(NAME);

    /** The tables this projection writes; a bulk rebuild writes the same rows into shadow tables. */
    public static final List<String> TABLES = List.of("caseload_case");

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    public CaseloadProjection(JdbcTemplate jdbc) {
        this(jdbc, ReadModelTables.LIVE);
    }

    public CaseloadProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @EventHandler
    void on(EnquiryReceived event) {
        inBatch(batch -> batch.enquiry(event.caseId().value(), event.receivedOn()));
    }

    @EventHandler
    void on(ConsentGiven event) {
        if (event.kind() == ConsentKind.RECORD_KEEPING) {
            inBatch(batch -> batch.changeRecordKeeping(event.caseId().value(),
                    consents -> consents.given(event.consentId().value())));
        }
    }

    @EventHandler
    void on(ConsentWithdrawn event) {
        inBatch(batch -> batch.changeRecordKeeping(event.caseId().value(),
                consents -> consents.withdrawn(event.consentId().value(), event.withdrawnOn())));
    }

    @EventHandler
    void on(CaseworkOpened event) {
        inBatch(batch -> batch.change(event.caseId().value(), row -> row.level = 2));
    }

    @EventHandler
    void on(SupporterAllocated event) {
        inBatch(batch -> batch.change(event.caseId().value(), row -> row.supporter = event.username()));
    }

    @EventHandler
    void on(ContactRecorded event) {
        change(event.caseId(), state -> state.withContact(event.contactOn()));
    }

    @EventHandler
    void on(MeetingSupported event) {
        change(event.caseId(), state -> state.withContact(event.heldOn()));
    }

    @EventHandler
    void on(EvaluationRequestSent event) {
        change(event.caseId(), state -> state.withRequestSent(event.sentOn()));
    }

    @EventHandler
    void on(AppealableDecisionRecorded event) {
        String decisionId = event.decisionId().value();
        change(event.caseId(), state -> {
            CaseloadState next = state.withAppealDeadline(decisionId, event.appealDeadline());
            return event.needsMediationCertificate()
                    ? next.withMediationAdviceDue(decisionId,
                            SendTribunalTimeLimits.mediationAdviceDueOn(event.letterDate()))
                    : next;
        });
    }

    @EventHandler
    void on(MediationCertificateRecorded event) {
        change(event.caseId(), state -> state.withMediationCertificate(event.decisionId().value(),
                event.appealDeadline()));
    }

    /** A decided appeal is no longer due: its deadline leaves the caseload. */
    @EventHandler
    void on(AppealOutcomeRecorded event) {
        change(event.caseId(), state -> state.withAppealDecided(event.decisionId().value()));
    }

    @EventHandler
    void on(ComplaintReceived event) {
        change(event.caseId(), state -> state.withComplaint(event.complaintId().value(), event.responseDueOn()));
    }

    @EventHandler
    void on(ComplaintAnswered event) {
        change(event.caseId(), state -> state.withComplaintAnswered(event.complaintId().value()));
    }

    @EventHandler
    void on(CaseClosed event) {
        inBatch(batch -> batch.change(event.caseId().value(), row -> {
            row.status = "CLOSED";
            row.closedOn = event.closedOn();
        }));
    }

    @EventHandler
    void on(CaseReopened event) {
        inBatch(batch -> batch.change(event.caseId().value(), row -> {
            row.status = "OPEN";
            row.closedOn = null;
        }));
    }

    @EventHandler
    void on(CaseErased event) {
        inBatch(batch -> batch.change(event.caseId().value(), row -> row.erased = true));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM " + tables.of("caseload_case"));
    }

    private void change(CaseId caseId, UnaryOperator<CaseloadState> change) {
        inBatch(batch -> batch.changeState(caseId.value(), change));
    }

    private void inBatch(Consumer<CaseloadBatch> work) {
        ProjectionBatch.apply(BATCH, ids -> new CaseloadBatch(jdbc, tables.of("caseload_case"), ids,
                ShadowFill.current()), batch -> {
            work.accept(batch);
            return null;
        });
    }
}

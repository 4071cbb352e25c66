package org.casebook.projections.caseload;

import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.casebook.domain.casework.AppealableDecisionRecorded;
import org.casebook.domain.casework.CaseClosed;
import org.casebook.domain.casework.CaseErased;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.CaseReopened;
import org.casebook.domain.casework.CaseworkOpened;
import org.casebook.domain.casework.ComplaintAnswered;
import org.casebook.domain.casework.ComplaintReceived;
import org.casebook.domain.casework.ContactRecorded;
import org.casebook.domain.casework.EnquiryReceived;
import org.casebook.domain.casework.EvaluationRequestSent;
import org.casebook.domain.casework.MeetingSupported;
import org.casebook.domain.casework.SupporterAllocated;
import org.casebook.projections.Json;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code caseload_case} up to date. Every handler is idempotent: the enquiry inserts only if absent, and
 * the state it folds is made of sets and maps keyed by date or id.
 */
@ProcessingGroup(CaseloadProjection.NAME)
public class CaseloadProjection {

    public static final String NAME = "caseload";

    private final JdbcTemplate jdbc;

    public CaseloadProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EnquiryReceived event) {
        jdbc.update("""
                        INSERT INTO caseload_case (case_id, supporter, status, level, opened_on, last_contact_on, state)
                        VALUES (?, NULL, 'OPEN', 1, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.caseId().value(), event.receivedOn(), event.receivedOn(),
                Json.write(CaseloadState.firstContactOn(event.receivedOn())));
    }

    @EventHandler
    void on(CaseworkOpened event) {
        jdbc.update("UPDATE caseload_case SET level = 2 WHERE case_id = ?", event.caseId().value());
    }

    @EventHandler
    void on(SupporterAllocated event) {
        jdbc.update("UPDATE caseload_case SET supporter = ? WHERE case_id = ?", event.username(),
                event.caseId().value());
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
        change(event.caseId(), state -> state.withAppealDeadline(event.decisionId().value(), event.appealDeadline()));
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
        jdbc.update("UPDATE caseload_case SET status = 'CLOSED', closed_on = ? WHERE case_id = ?", event.closedOn(),
                event.caseId().value());
    }

    @EventHandler
    void on(CaseReopened event) {
        jdbc.update("UPDATE caseload_case SET status = 'OPEN', closed_on = NULL WHERE case_id = ?",
                event.caseId().value());
    }

    @EventHandler
    void on(CaseErased event) {
        jdbc.update("UPDATE caseload_case SET erased = TRUE WHERE case_id = ?", event.caseId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM caseload_case");
    }

    private void change(CaseId caseId, UnaryOperator<CaseloadState> change) {
        jdbc.query("SELECT state FROM caseload_case WHERE case_id = ?",
                        (rs, row) -> Json.read(rs.getString(1), CaseloadState.class), caseId.value())
                .stream().findFirst()
                .map(change)
                .ifPresent(state -> jdbc.update(
                        "UPDATE caseload_case SET state = ?, last_contact_on = ? WHERE case_id = ?",
                        Json.write(state), state.contacts().last(), caseId.value()));
    }
}

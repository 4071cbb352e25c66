package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The appealable decisions on a case, and what the case must know to recompute a deadline when a mediation
 * certificate arrives. Part of the case's snapshot.
 */
final class AppealableDecisions {

    /** {@code certificateIssuedOn} is null until a certificate is recorded. */
    private record Decision(AppealableDecisionKind kind, LocalDate letterDate, boolean placementOnly,
                            LocalDate appealDeadline, LocalDate certificateIssuedOn) {
    }

    private final Map<DecisionId, Decision> decisions = new LinkedHashMap<>();

    /** The event that records a decision, its deadline computed by the rules for its letter's date. */
    static AppealableDecisionRecorded decide(CaseId caseId, RecordAppealableDecision command) {
        AppealRules rules = command.rules();
        LocalDate deadline = rules.deadlineFor(command.kind(), command.letterDate(), command.conciliationUsed(), null);
        return new AppealableDecisionRecorded(caseId, command.decisionId(), command.kind(), command.letterDate(),
                command.decisionType(), command.placementOnly(), command.conciliationUsed(), rules, deadline,
                command.actor().recorded());
    }

    /**
     * The event that records a mediation certificate, or the rule it breaks. The deadline is recomputed by the law
     * for the letter's date even when the stored one came from the earlier rules (a decision recorded before Casebook
     * knew the 2014 law), and never moves earlier than the stored one.
     */
    MediationCertificateRecorded certify(CaseId caseId, RecordMediationCertificate command) {
        Decision decision = decisions.get(command.decisionId());
        if (decision == null) {
            throw new CaseRecordNotFound("appealable decision");
        }
        if (decision.kind() != AppealableDecisionKind.SEN_DECISION) {
            throw new MediationCertificateNotApplicable(
                    "a disability discrimination claim needs no mediation certificate");
        }
        AppealRules law = AppealRules.forLetterDate(decision.letterDate());
        if (law == AppealRules.PRE_2014) {
            throw new MediationCertificateNotApplicable(
                    "mediation certificates apply to decision letters dated from 1 September 2014");
        }
        if (decision.certificateIssuedOn() != null) {
            throw new MediationCertificateAlreadyRecorded("this decision already has its mediation certificate");
        }
        if (command.issuedOn().isBefore(decision.letterDate())) {
            throw new DateOutOfOrder("issuedOn is before the decision letter's date");
        }
        boolean needed = law.needsMediationCertificate(decision.kind(), decision.placementOnly());
        LocalDate deadline = decision.appealDeadline();
        if (needed) {
            LocalDate recomputed = law.deadlineFor(decision.kind(), decision.letterDate(), false, command.issuedOn());
            if (recomputed.isAfter(deadline)) {
                deadline = recomputed;
            }
        }
        return new MediationCertificateRecorded(caseId, command.decisionId(), command.issuedOn(), needed,
                decision.appealDeadline(), deadline, command.actor().recorded());
    }

    void recorded(AppealableDecisionRecorded event) {
        decisions.put(event.decisionId(), new Decision(event.kind(), event.letterDate(), event.placementOnly(),
                event.appealDeadline(), null));
    }

    void certified(MediationCertificateRecorded event) {
        decisions.computeIfPresent(event.decisionId(), (id, decision) -> new Decision(decision.kind(),
                decision.letterDate(), decision.placementOnly(), event.appealDeadline(), event.issuedOn()));
    }
}

package org.casebook.projections.casefile;

import java.time.LocalDate;
import org.casebook.domain.casework.AppealRules;
import org.casebook.domain.casework.AppealableDecisionKind;
import org.casebook.domain.casework.SenDecisionType;

/**
 * An appealable decision on the case file and its deadline as it stands: recomputed when a mediation certificate is
 * recorded. {@code effectiveOn} repeats {@code letterDate} under the first contract's name.
 * {@code mediationAdviceDueOn} is set while a certificate is needed and none is recorded.
 */
public record AppealDeadlineView(String decisionId, AppealableDecisionKind kind, SenDecisionType decisionType,
                                 LocalDate effectiveOn, LocalDate letterDate, boolean placementOnly,
                                 AppealRules rules, LocalDate mediationCertificateOn, LocalDate mediationAdviceDueOn,
                                 LocalDate dueOn) {

    AppealDeadlineView certified(LocalDate issuedOn, LocalDate newDueOn) {
        return new AppealDeadlineView(decisionId, kind, decisionType, effectiveOn, letterDate, placementOnly, rules,
                issuedOn, null, newDueOn);
    }
}

package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.casebook.domain.shared.Recorded;

/**
 * A local-authority decision the parent may appeal was recorded, with the appeal deadline computed from it [001;
 * CFA 2014 s.51].
 *
 * <p>Revision 2 dates the decision by its letter ({@code letterDate}, revision 1's {@code effectiveOn}), says
 * whether the appeal is placement-only, and records which {@link AppealRules} computed the deadline. Revision 1
 * events are upcast with {@code placementOnly: false} and {@link AppealRules#PRE_2014}, the rules that computed
 * their stored deadline, which stands.
 */
@Revision("2")
public record AppealableDecisionRecorded(
        CaseId caseId,
        DecisionId decisionId,
        AppealableDecisionKind kind,
        LocalDate letterDate,
        SenDecisionType decisionType,
        boolean placementOnly,
        boolean conciliationUsed,
        AppealRules rules,
        LocalDate appealDeadline,
        Recorded recorded) implements CaseEvent {

    public AppealableDecisionRecorded {
        rules = rules == null ? AppealRules.PRE_2014 : rules;
    }

    @Override
    public LocalDate occurredOn() {
        return letterDate;
    }

    /** Revision 1's name for {@link #letterDate()}. */
    public LocalDate effectiveOn() {
        return letterDate;
    }

    /**
     * Whether the law for this letter's date asks for a mediation certificate before an appeal (CFA 2014 s.55).
     * Judged by the letter's date, not by {@link #rules()}, so that a decision recorded before Casebook knew the 2014
     * law still shows the advice due.
     */
    public boolean needsMediationCertificate() {
        return AppealRules.forLetterDate(letterDate).needsMediationCertificate(kind, placementOnly);
    }
}

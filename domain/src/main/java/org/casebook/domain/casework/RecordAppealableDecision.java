package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Record a decision the parent (or young person) may appeal to the tribunal [001; CFA 2014 s.51].
 *
 * @param letterDate the date on the local authority's decision letter, or the day of the alleged discrimination
 *                   (the first contract called it {@code effectiveOn})
 * @param placementOnly the appeal is only about the school or type of school named, which needs no mediation
 *                      certificate (CFA 2014 s.55(5)); SEN decisions only
 */
public record RecordAppealableDecision(
        @TargetAggregateIdentifier CaseId caseId,
        DecisionId decisionId,
        AppealableDecisionKind kind,
        LocalDate letterDate,
        SenDecisionType decisionType,
        boolean conciliationUsed,
        boolean placementOnly,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public RecordAppealableDecision {
        Check.required("caseId", caseId);
        Check.required("decisionId", decisionId);
        Check.required("kind", kind);
        Check.required("letterDate", letterDate);
        boolean sen = kind == AppealableDecisionKind.SEN_DECISION;
        if (!sen && decisionType != null) {
            throw new InvalidCaseCommand("decisionType", "applies only to SEN_DECISION");
        }
        if (!sen && placementOnly) {
            throw new InvalidCaseCommand("placementOnly", "applies only to SEN_DECISION");
        }
        if (sen && conciliationUsed) {
            throw new InvalidCaseCommand("conciliationUsed", "applies only to DISABILITY_DISCRIMINATION");
        }
        AppealRules rules = AppealRules.forLetterDate(letterDate);
        // Equality Act 2010 Sch.17 as amended by the Children and Families Act 2014: no conciliation extension.
        if (conciliationUsed && rules == AppealRules.CFA_2014) {
            throw new InvalidCaseCommand("conciliationUsed",
                    "gives no extension for discrimination on or after 1 September 2014");
        }
        if (decisionType != null && decisionType.isEhc() && rules == AppealRules.PRE_2014) {
            throw new InvalidCaseCommand("decisionType", "EHC decisions exist only from 1 September 2014");
        }
        Check.required("actor", actor);
    }

    /** The first shape of the command, before letters were dated and placement-only appeals known. */
    public RecordAppealableDecision(CaseId caseId, DecisionId decisionId, AppealableDecisionKind kind,
                                    LocalDate letterDate, SenDecisionType decisionType, boolean conciliationUsed,
                                    Actor actor, Long expectedVersion) {
        this(caseId, decisionId, kind, letterDate, decisionType, conciliationUsed, false, actor, expectedVersion);
    }

    public AppealRules rules() {
        return AppealRules.forLetterDate(letterDate);
    }
}

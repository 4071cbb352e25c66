package org.casebook.application.developmentgroup;

import org.casebook.domain.developmentgroup.DecisionOutcome;
import org.casebook.domain.developmentgroup.RecordDecision;

/** A decision as recorded: the command sent (with the report's fingerprint) and the group's count of it. */
public record DecisionResult(RecordDecision decision, DecisionOutcome outcome) {

    /** True when no votes were cast: a decision reached by consensual agreement [002 §8.17]. */
    public boolean consensus() {
        return decision.votes().isEmpty();
    }
}

package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Close the case. */
public record CloseCase(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate closedOn,
        String reason,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public CloseCase {
        Check.required("caseId", caseId);
        Check.required("closedOn", closedOn);
        Check.requiredText("reason", reason, Check.SHORT_TEXT);
        Check.required("actor", actor);
    }
}

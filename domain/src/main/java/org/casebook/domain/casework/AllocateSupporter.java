package org.casebook.domain.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Allocate the case to a supporter. */
public record AllocateSupporter(
        @TargetAggregateIdentifier CaseId caseId,
        String username,
        SupporterRole role,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public AllocateSupporter {
        Check.required("caseId", caseId);
        Check.requiredText("username", username, 100);
        Check.required("role", role);
        Check.required("actor", actor);
    }
}

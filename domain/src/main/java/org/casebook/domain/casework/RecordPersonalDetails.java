package org.casebook.domain.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record (or replace) the parent's and child's personal details. */
public record RecordPersonalDetails(
        @TargetAggregateIdentifier CaseId caseId,
        ParentDetails parent,
        ChildDetails child,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public RecordPersonalDetails {
        Check.required("caseId", caseId);
        if (parent == null && child == null) {
            throw new InvalidCaseCommand("parent", "parent or child details are required");
        }
        if (parent != null) {
            parent.check();
        }
        Check.required("actor", actor);
    }
}

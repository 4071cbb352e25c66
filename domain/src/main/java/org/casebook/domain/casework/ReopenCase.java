package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Reopen a closed case. */
public record ReopenCase(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate reopenedOn,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public ReopenCase {
        Check.required("caseId", caseId);
        Check.required("reopenedOn", reopenedOn);
        Check.required("actor", actor);
    }
}

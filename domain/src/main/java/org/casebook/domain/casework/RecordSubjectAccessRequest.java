package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record that the parent asked for everything the service holds about them and their child [002 App. B 22]. */
public record RecordSubjectAccessRequest(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate receivedOn,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public RecordSubjectAccessRequest {
        Check.required("caseId", caseId);
        Check.required("receivedOn", receivedOn);
        Check.required("actor", actor);
    }
}

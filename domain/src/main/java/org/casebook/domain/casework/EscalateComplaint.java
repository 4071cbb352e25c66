package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record that a complaint went on to the Head of the Branch after the service's written response [002 §10]. */
public record EscalateComplaint(
        @TargetAggregateIdentifier CaseId caseId,
        ComplaintId complaintId,
        LocalDate escalatedOn,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public EscalateComplaint {
        Check.required("caseId", caseId);
        Check.required("complaintId", complaintId);
        Check.required("escalatedOn", escalatedOn);
        Check.required("actor", actor);
    }
}

package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record a complaint about the service [002 §10]. */
public record ReceiveComplaint(
        @TargetAggregateIdentifier CaseId caseId,
        ComplaintId complaintId,
        LocalDate receivedOn,
        String summary,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public ReceiveComplaint {
        Check.required("caseId", caseId);
        Check.required("complaintId", complaintId);
        Check.required("receivedOn", receivedOn);
        Check.optionalText("summary", summary, Check.LONG_TEXT);
        Check.required("actor", actor);
    }
}

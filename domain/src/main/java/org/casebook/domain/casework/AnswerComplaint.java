package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record the written response to a complaint. */
public record AnswerComplaint(
        @TargetAggregateIdentifier CaseId caseId,
        ComplaintId complaintId,
        LocalDate respondedOn,
        boolean escalated,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public AnswerComplaint {
        Check.required("caseId", caseId);
        Check.required("complaintId", complaintId);
        Check.required("respondedOn", respondedOn);
        Check.required("actor", actor);
    }
}

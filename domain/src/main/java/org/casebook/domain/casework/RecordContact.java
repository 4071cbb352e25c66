package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record a further contact with the parent. */
public record RecordContact(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate contactOn,
        Channel channel,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public RecordContact {
        Check.required("caseId", caseId);
        Check.required("contactOn", contactOn);
        Check.required("channel", channel);
        Check.required("actor", actor);
    }
}

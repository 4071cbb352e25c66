package org.casebook.domain.compliments;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.casework.InvalidCaseCommand;
import org.casebook.domain.shared.Actor;

/** Record thanks the service received: the day and the kind, nothing about who sent them. */
public record ReceiveCompliment(
        @TargetAggregateIdentifier ComplimentId complimentId,
        LocalDate receivedOn,
        ComplimentKind kind,
        Actor actor) {

    public ReceiveCompliment {
        required("complimentId", complimentId);
        required("receivedOn", receivedOn);
        required("kind", kind);
        required("actor", actor);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidCaseCommand(field, "is required");
        }
    }
}

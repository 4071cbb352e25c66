package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Record that a member left the group on {@code leftOn}, freeing their seat [002 §8.9]. The day is required, like
 * every date a command carries about something that already happened.
 */
public record RecordDeparture(
        MemberId memberId,
        LocalDate leftOn,
        Actor actor,
        Long expectedVersion) implements GroupCommand {

    public RecordDeparture {
        GroupCheck.required("memberId", memberId);
        GroupCheck.required("leftOn", leftOn);
        GroupCheck.required("actor", actor);
    }

    @TargetAggregateIdentifier
    public String groupId() {
        return DevelopmentGroup.ID;
    }
}

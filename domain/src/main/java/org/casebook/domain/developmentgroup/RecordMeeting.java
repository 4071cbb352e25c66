package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Record a meeting of the group from its minutes: the day it was held, who attended and who sent apologies in
 * advance. Everyone else who was a member is taken to have been absent without apologies [002 §8.12].
 */
public record RecordMeeting(
        MeetingId meetingId,
        LocalDate heldOn,
        List<MemberId> present,
        List<MemberId> apologies,
        Actor actor,
        Long expectedVersion) implements GroupCommand {

    public RecordMeeting {
        GroupCheck.required("meetingId", meetingId);
        GroupCheck.required("heldOn", heldOn);
        GroupCheck.required("present", present);
        present = GroupCheck.distinct("present", present);
        if (present.isEmpty()) {
            throw new InvalidGroupCommand("present", "must name at least one member");
        }
        apologies = GroupCheck.distinct("apologies", apologies);
        Set<MemberId> both = new HashSet<>(present);
        both.retainAll(apologies);
        if (!both.isEmpty()) {
            throw new InvalidGroupCommand("apologies", "must not name a member who is also present");
        }
        GroupCheck.required("actor", actor);
    }

    @TargetAggregateIdentifier
    public String groupId() {
        return DevelopmentGroup.ID;
    }
}

package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Record a meeting of the group from its minutes: the day it was held, who attended, who sent apologies in advance,
 * and who chaired. Everyone else who was a member is taken to have been absent without apologies [002 §8.12].
 * {@code chairedBy} may be left out when the standing chair was present and chaired; it is required when they were
 * absent, because then someone else chaired [002 §8.15].
 */
public record RecordMeeting(
        MeetingId meetingId,
        LocalDate heldOn,
        List<MemberId> present,
        List<MemberId> apologies,
        MemberId chairedBy,
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
        if (chairedBy != null && !present.contains(chairedBy)) {
            throw new InvalidGroupCommand("chairedBy", "must name a member who was present");
        }
        GroupCheck.required("actor", actor);
    }

    @TargetAggregateIdentifier
    public String groupId() {
        return DevelopmentGroup.ID;
    }
}

package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Add a member to the Development Group for a constituency of its membership [002 §8.9], possibly as its chair.
 * {@code joinedOn} is the day they joined; when not given, the day it is recorded.
 */
public record AddMember(
        MemberId memberId,
        String name,
        Constituency constituency,
        boolean chair,
        LocalDate joinedOn,
        Actor actor,
        Long expectedVersion) implements GroupCommand {

    public AddMember {
        GroupCheck.required("memberId", memberId);
        GroupCheck.requiredText("name", name, GroupCheck.NAME_LENGTH);
        GroupCheck.required("constituency", constituency);
        // The chair is a parent or a Parent Partner (IPS) [002 §8.15]; IPSs sit on the group as parent members
        // [002 §8.9], so only a PARENT member may chair.
        if (chair && constituency != Constituency.PARENT) {
            throw new InvalidGroupCommand("chair", "only a parent member may chair the group");
        }
        GroupCheck.required("actor", actor);
        if (joinedOn == null) {
            joinedOn = actor.today();
        }
    }

    @TargetAggregateIdentifier
    public String groupId() {
        return DevelopmentGroup.ID;
    }
}

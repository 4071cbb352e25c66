package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record that a supporter helped the parent with a meeting [002 §4.6]. */
public record SupportMeeting(
        @TargetAggregateIdentifier CaseId caseId,
        MeetingId meetingId,
        MeetingType meetingType,
        LocalDate heldOn,
        Set<MeetingSupport> support,
        boolean viewsConveyedForParent,
        boolean conveyedViewsConfirmedWithParent,
        boolean notesOfferedToParent,
        boolean inHouseDeclarationGiven,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public SupportMeeting {
        Check.required("caseId", caseId);
        Check.required("meetingId", meetingId);
        Check.required("meetingType", meetingType);
        Check.required("heldOn", heldOn);
        Check.notEmpty("support", support);
        support = EnumSets.copyOf(MeetingSupport.class, support);
        Check.required("actor", actor);
    }
}

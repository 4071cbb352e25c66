package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.casebook.domain.shared.Recorded;

/** A supporter helped a parent with a meeting [002 §4.6]. It counts as a contact. */
public record MeetingSupported(
        CaseId caseId,
        MeetingId meetingId,
        MeetingType meetingType,
        LocalDate heldOn,
        Set<MeetingSupport> support,
        boolean viewsConveyedForParent,
        boolean conveyedViewsConfirmedWithParent,
        boolean notesOfferedToParent,
        Recorded recorded) implements CaseEvent {

    public MeetingSupported {
        support = EnumSets.copyOf(MeetingSupport.class, support);
    }

    @Override
    public LocalDate occurredOn() {
        return heldOn;
    }
}

package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.casebook.domain.shared.Recorded;

/**
 * A supporter helped a parent with a meeting [002 §4.6]. It counts as a contact.
 *
 * <p>Revision 2 adds {@code inHouseDeclarationGiven}: at an appeal panel or the Tribunal, the parent was told that
 * the service is the LA's in-house, arm's-length service and of the conflict of interest [002 §4.7, §4.8]. Revision 1
 * events (without it) are upcast with {@code false}: no declaration was recorded then.
 */
@Revision("2")
public record MeetingSupported(
        CaseId caseId,
        MeetingId meetingId,
        MeetingType meetingType,
        LocalDate heldOn,
        Set<MeetingSupport> support,
        boolean viewsConveyedForParent,
        boolean conveyedViewsConfirmedWithParent,
        boolean notesOfferedToParent,
        boolean inHouseDeclarationGiven,
        Recorded recorded) implements CaseEvent {

    public MeetingSupported {
        support = EnumSets.copyOf(MeetingSupport.class, support);
    }

    @Override
    public LocalDate occurredOn() {
        return heldOn;
    }
}

package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import java.util.List;
import org.casebook.domain.shared.Recorded;

/** The group met: who attended and who sent apologies; every other member was absent without apologies. */
public record MeetingRecorded(
        MeetingId meetingId,
        LocalDate heldOn,
        List<MemberId> present,
        List<MemberId> apologies,
        Recorded recorded) implements GroupEvent {
}

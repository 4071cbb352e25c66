package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/**
 * A member missed three meetings in a row without sending apologies and is taken no longer to wish to be a member
 * [002 §8.12]. {@code meetingId} is the third meeting missed; from then on they neither vote nor count for quorum.
 */
public record MemberLapsed(
        MemberId memberId,
        MeetingId meetingId,
        LocalDate lapsedOn,
        Recorded recorded) implements GroupEvent {
}

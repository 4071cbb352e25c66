package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;

/** Someone joined the Development Group to represent a constituency, possibly as its chair [002 §8.9, §8.15]. */
public record MemberAdded(
        MemberId memberId,
        @PersonalData String name,
        Constituency constituency,
        boolean chair,
        LocalDate joinedOn,
        Recorded recorded) implements GroupEvent {
}

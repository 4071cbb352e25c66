package org.casebook.projections.developmentgroup;

import java.time.LocalDate;
import org.casebook.domain.developmentgroup.Constituency;
import org.casebook.domain.shared.PersonalData;

/**
 * A member of the Development Group. {@code active} turns false when they miss three meetings in a row without
 * apologies [002 §8.12] ({@code lapsedOn} is the third) or leave ({@code leftOn}); {@code chair} is true only while
 * they are the group's standing chair.
 */
public record MemberView(
        String memberId,
        @PersonalData String name,
        Constituency constituency,
        boolean chair,
        boolean active,
        LocalDate joinedOn,
        LocalDate lapsedOn,
        LocalDate leftOn) {

    MemberView standDown() {
        return new MemberView(memberId, name, constituency, false, active, joinedOn, lapsedOn, leftOn);
    }

    MemberView lapsed(LocalDate on) {
        return new MemberView(memberId, name, constituency, false, false, joinedOn, on, leftOn);
    }

    MemberView left(LocalDate on) {
        return new MemberView(memberId, name, constituency, false, false, joinedOn, lapsedOn, on);
    }
}

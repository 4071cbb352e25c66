package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/**
 * The group's chair handed the chair to a newly added member and stays on as an ordinary parent member. Recorded
 * just before the new chair's {@link MemberAdded}, so that the group never has two chairs [002 §8.15].
 */
public record ChairStoodDown(
        MemberId memberId,
        MemberId succeededBy,
        LocalDate stoodDownOn,
        Recorded recorded) implements GroupEvent {
}

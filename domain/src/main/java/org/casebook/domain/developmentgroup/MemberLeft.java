package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/**
 * A member left the Development Group (resigned, or their constituency replaced them) on {@code leftOn}. From then
 * on they neither vote nor count for quorum, and their seat is free for someone else [002 §8.9]. A chair who leaves
 * leaves the chair empty.
 */
public record MemberLeft(
        MemberId memberId,
        LocalDate leftOn,
        Recorded recorded) implements GroupEvent {
}

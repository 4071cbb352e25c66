package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A recorded meeting as the group stood at it: who was present (and in what seat) and who chaired it (null
 * only for a revision-1 meeting the standing chair did not attend).
 * Decisions of a meeting are judged against its sitting, even when recorded after later meetings.
 */
record Sitting(LocalDate heldOn, Map<MemberId, Seat> present, MemberId chairedBy) {

    Optional<Seat> seatOf(MemberId memberId) {
        return Optional.ofNullable(present.get(memberId));
    }

    boolean isChair(MemberId memberId) {
        return memberId.equals(chairedBy);
    }
}

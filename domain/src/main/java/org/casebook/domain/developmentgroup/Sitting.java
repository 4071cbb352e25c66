package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A recorded meeting as the group stood at it: who was present (and in what seat) and who chaired the group then.
 * Decisions of a meeting are judged against its sitting, even when recorded after later meetings.
 */
record Sitting(LocalDate heldOn, Map<MemberId, Seat> present, MemberId chair) {

    Optional<Seat> seatOf(MemberId memberId) {
        return Optional.ofNullable(present.get(memberId));
    }

    boolean isChair(MemberId memberId) {
        return memberId.equals(chair);
    }
}

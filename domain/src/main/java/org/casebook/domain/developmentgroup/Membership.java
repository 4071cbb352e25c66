package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The group's members as its events left them: constituency, joining day, whether they are still members, their
 * current run of unexplained absences, and who chairs. Changed only from the aggregate's event sourcing handlers.
 */
final class Membership {

    private final Map<MemberId, Member> members = new LinkedHashMap<>();
    private MemberId chair;

    /** One member's standing; replaced, never mutated, so that two rebuilds of the group compare equal. */
    private record Member(Constituency constituency, LocalDate joinedOn, boolean active, int missedInARow) {

        Member missed(boolean attendedOrApologised) {
            return new Member(constituency, joinedOn, active,
                    Attendance.missedInARow(missedInARow, attendedOrApologised));
        }

        Member lapsed() {
            return new Member(constituency, joinedOn, false, missedInARow);
        }
    }

    void added(MemberAdded event) {
        members.put(event.memberId(), new Member(event.constituency(), event.joinedOn(), true, 0));
        if (event.chair()) {
            chair = event.memberId();
        }
    }

    void chairStoodDown(ChairStoodDown event) {
        if (event.memberId().equals(chair)) {
            chair = null;
        }
    }

    void meetingHeld(MeetingRecorded event) {
        Set<MemberId> accounted = accountedFor(event.present(), event.apologies());
        members.replaceAll((id, member) -> member.active() && Attendance.counts(event.heldOn(), member.joinedOn())
                ? member.missed(accounted.contains(id))
                : member);
    }

    /** A member who lapses is no longer a member, and so no longer the chair either [002 §8.12]. */
    void lapsed(MemberLapsed event) {
        members.computeIfPresent(event.memberId(), (id, member) -> member.lapsed());
        if (event.memberId().equals(chair)) {
            chair = null;
        }
    }

    Optional<MemberId> chair() {
        return Optional.ofNullable(chair);
    }

    boolean isKnown(MemberId memberId) {
        return members.containsKey(memberId);
    }

    Optional<LocalDate> joinedOn(MemberId memberId) {
        return Optional.ofNullable(members.get(memberId)).map(Member::joinedOn);
    }

    /** The members whom a meeting held on {@code heldOn} would end, in the order they joined. */
    List<MemberId> lapsingAt(LocalDate heldOn, Collection<MemberId> present, Collection<MemberId> apologies) {
        Set<MemberId> accounted = accountedFor(present, apologies);
        List<MemberId> lapsing = new ArrayList<>();
        members.forEach((id, member) -> {
            if (member.active() && Attendance.counts(heldOn, member.joinedOn())
                    && Attendance.lapses(member.missed(accounted.contains(id)).missedInARow())) {
                lapsing.add(id);
            }
        });
        return lapsing;
    }

    /** The seats of the people present at a meeting, as the group stands now. */
    Map<MemberId, Seat> seatsOf(Collection<MemberId> present) {
        Map<MemberId, Seat> seats = new LinkedHashMap<>();
        for (MemberId id : present) {
            Member member = members.get(id);
            seats.put(id, new Seat(member.constituency(), member.active()));
        }
        return Map.copyOf(seats);
    }

    private static Set<MemberId> accountedFor(Collection<MemberId> present, Collection<MemberId> apologies) {
        Set<MemberId> accounted = new HashSet<>(present);
        accounted.addAll(apologies);
        return accounted;
    }
}

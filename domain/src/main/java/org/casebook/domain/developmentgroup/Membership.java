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

    /**
     * One member's standing; replaced, never mutated, so that two rebuilds of the group compare equal.
     * {@code lastAttendedOn} is the latest meeting they were present at, or null.
     */
    private record Member(Constituency constituency, LocalDate joinedOn, boolean active, int missedInARow,
                          LocalDate lastAttendedOn) {

        Member missed(boolean attendedOrApologised) {
            return new Member(constituency, joinedOn, active,
                    Attendance.missedInARow(missedInARow, attendedOrApologised), lastAttendedOn);
        }

        Member attended(LocalDate heldOn) {
            return new Member(constituency, joinedOn, active, missedInARow, heldOn);
        }

        Member gone() {
            return new Member(constituency, joinedOn, false, missedInARow, lastAttendedOn);
        }
    }

    void added(MemberAdded event) {
        members.put(event.memberId(), new Member(event.constituency(), event.joinedOn(), true, 0, null));
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
        event.present().forEach(id -> members.computeIfPresent(id, (key, member) -> member.attended(event.heldOn())));
    }

    /** A member who lapses is no longer a member, and so no longer the chair either [002 §8.12]. */
    void lapsed(MemberLapsed event) {
        leaves(event.memberId());
    }

    /** A member who leaves frees their seat, and the chair if they held it. */
    void left(MemberLeft event) {
        leaves(event.memberId());
    }

    private void leaves(MemberId memberId) {
        members.computeIfPresent(memberId, (id, member) -> member.gone());
        if (memberId.equals(chair)) {
            chair = null;
        }
    }

    /** Whether {@code memberId} is a member now: added, and neither lapsed nor left. */
    boolean isMember(MemberId memberId) {
        Member member = members.get(memberId);
        return member != null && member.active();
    }

    Optional<LocalDate> lastAttendedOn(MemberId memberId) {
        return Optional.ofNullable(members.get(memberId)).map(Member::lastAttendedOn);
    }

    Optional<Constituency> constituencyOf(MemberId memberId) {
        return Optional.ofNullable(members.get(memberId)).map(Member::constituency);
    }

    /** How many members hold a seat of {@code constituency} now, not counting the chair. */
    long seatedOtherThanTheChair(Constituency constituency) {
        return members.entrySet().stream()
                .filter(entry -> entry.getValue().active() && entry.getValue().constituency() == constituency)
                .filter(entry -> !entry.getKey().equals(chair))
                .count();
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

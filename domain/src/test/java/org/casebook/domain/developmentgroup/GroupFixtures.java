package org.casebook.domain.developmentgroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.Recorded;
import org.casebook.domain.shared.StaffRole;

/**
 * Test data for the Development Group: its full target membership [002 §8.9], all joined on {@link #JOINED_ON}, and
 * meetings through the year, all recorded by {@link #MANAGER} at {@link #AT} (so "today" is {@link #TODAY}).
 */
final class GroupFixtures {

    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    static final Actor MANAGER = new Actor("manager1", StaffRole.MANAGER, AT);
    static final Recorded RECORDED = MANAGER.recorded();

    static final LocalDate JOINED_ON = LocalDate.parse("2026-01-05");
    static final LocalDate FIRST_MEETING_ON = LocalDate.parse("2026-02-10");
    static final LocalDate SECOND_MEETING_ON = LocalDate.parse("2026-03-10");
    static final LocalDate THIRD_MEETING_ON = LocalDate.parse("2026-05-12");
    static final LocalDate FOURTH_MEETING_ON = LocalDate.parse("2026-06-16");

    // The target membership [002 §8.9]: a parent as chair, five other parents, the constituencies' representatives,
    // and the service's two managers.
    static final MemberId CHAIR = member(1);
    static final MemberId PARENT_1 = member(2);
    static final MemberId PARENT_2 = member(3);
    static final MemberId PARENT_3 = member(4);
    static final MemberId PARENT_4 = member(5);
    static final MemberId PARENT_5 = member(6);
    static final MemberId VOLUNTARY_SECTOR = member(7);
    static final MemberId PRIMARY_HEADS = member(8);
    static final MemberId SECONDARY_HEADS = member(9);
    static final MemberId SPECIAL_HEADS = member(10);
    static final MemberId EARLY_YEARS = member(11);
    static final MemberId HEALTH = member(12);
    static final MemberId SOCIAL_CARE = member(13);
    static final MemberId CONNEXIONS = member(14);
    static final MemberId EWS = member(15);
    static final MemberId EXCELLENCE_CLUSTER = member(16);
    static final MemberId LA_SPECIAL_SERVICES = member(17);
    static final MemberId PSACO = member(18);
    static final MemberId SERVICE_MANAGER = member(19);
    static final MemberId PRACTICE_MANAGER = member(20);
    static final MemberId NEWCOMER = member(21);
    static final MemberId UNKNOWN = member(99);

    static final Map<MemberId, Constituency> FULL_MEMBERSHIP = fullMembership();

    /** Eight eligible to vote besides the chair, three of them parents: exactly quorate [002 §8.18]. */
    static final List<MemberId> QUORATE = List.of(CHAIR, PARENT_1, PARENT_2, PARENT_3,
            VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS, EARLY_YEARS);

    static final MeetingId FIRST_MEETING = meeting(1);
    static final MeetingId SECOND_MEETING = meeting(2);
    static final MeetingId THIRD_MEETING = meeting(3);
    static final MeetingId FOURTH_MEETING = meeting(4);
    static final DecisionId DECISION = DecisionId.of("dddddddd-0000-4000-8000-000000000001");

    static final String MOTION = "Adopt the revised leaflet for parents of children in early years settings";
    static final String REPORT_REF = "development-group?academicYear=2025";
    static final String REPORT_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private GroupFixtures() {
    }

    static MemberId member(int n) {
        return MemberId.of("aaaaaaaa-0000-4000-8000-%012d".formatted(n));
    }

    static MeetingId meeting(int n) {
        return MeetingId.of("bbbbbbbb-0000-4000-8000-%012d".formatted(n));
    }

    private static Map<MemberId, Constituency> fullMembership() {
        Map<MemberId, Constituency> members = new LinkedHashMap<>();
        members.put(CHAIR, Constituency.PARENT);
        for (MemberId parent : List.of(PARENT_1, PARENT_2, PARENT_3, PARENT_4, PARENT_5)) {
            members.put(parent, Constituency.PARENT);
        }
        members.put(VOLUNTARY_SECTOR, Constituency.VOLUNTARY_SECTOR);
        members.put(PRIMARY_HEADS, Constituency.PRIMARY_HEADS);
        members.put(SECONDARY_HEADS, Constituency.SECONDARY_HEADS);
        members.put(SPECIAL_HEADS, Constituency.SPECIAL_HEADS);
        members.put(EARLY_YEARS, Constituency.EARLY_YEARS);
        members.put(HEALTH, Constituency.HEALTH);
        members.put(SOCIAL_CARE, Constituency.SOCIAL_CARE);
        members.put(CONNEXIONS, Constituency.CONNEXIONS);
        members.put(EWS, Constituency.EWS);
        members.put(EXCELLENCE_CLUSTER, Constituency.EXCELLENCE_CLUSTER);
        members.put(LA_SPECIAL_SERVICES, Constituency.LA_SPECIAL_SERVICES);
        members.put(PSACO, Constituency.PSACO);
        members.put(SERVICE_MANAGER, Constituency.SERVICE_MANAGER);
        members.put(PRACTICE_MANAGER, Constituency.PRACTICE_MANAGER);
        return Collections.unmodifiableMap(members);
    }

    static String nameOf(MemberId id) {
        return "Member " + id.value().substring(id.value().length() - 2);
    }

    static MemberAdded memberAdded(MemberId id, Constituency constituency, boolean chair, LocalDate joinedOn) {
        return new MemberAdded(id, nameOf(id), constituency, chair, joinedOn, RECORDED);
    }

    /** The whole target membership joining, the chair first. */
    static List<Object> theFullGroup() {
        List<Object> events = new ArrayList<>();
        FULL_MEMBERSHIP.forEach((id, constituency) -> events.add(memberAdded(id, constituency, id.equals(CHAIR),
                JOINED_ON)));
        return events;
    }

    /** The full group, then whatever else happened, as one list of given events. */
    static List<Object> theFullGroupThen(Object... events) {
        List<Object> all = theFullGroup();
        all.addAll(Arrays.asList(events));
        return all;
    }

    static AddMember addMember(MemberId id, Constituency constituency, boolean chair, LocalDate joinedOn) {
        return new AddMember(id, nameOf(id), constituency, chair, joinedOn, MANAGER, null);
    }

    /** A meeting whose minutes leave {@code chairedBy} out: the standing chair chaired, if present. */
    static RecordMeeting recordMeeting(MeetingId id, LocalDate heldOn, List<MemberId> present,
                                       List<MemberId> apologies) {
        return recordMeeting(id, heldOn, present, apologies, null);
    }

    static RecordMeeting recordMeeting(MeetingId id, LocalDate heldOn, List<MemberId> present,
                                       List<MemberId> apologies, MemberId chairedBy) {
        return new RecordMeeting(id, heldOn, present, apologies, chairedBy, MANAGER, null);
    }

    /** A meeting chaired by the standing chair {@link #CHAIR} when present, and by nobody named otherwise. */
    static MeetingRecorded meetingRecorded(MeetingId id, LocalDate heldOn, List<MemberId> present,
                                           List<MemberId> apologies) {
        return meetingRecorded(id, heldOn, present, apologies, present.contains(CHAIR) ? CHAIR : null);
    }

    static MeetingRecorded meetingRecorded(MeetingId id, LocalDate heldOn, List<MemberId> present,
                                           List<MemberId> apologies, MemberId chairedBy) {
        return new MeetingRecorded(id, heldOn, present, apologies, chairedBy, RECORDED);
    }

    /** The first meeting, attended by exactly {@code present} and chaired by {@code chairedBy}. */
    static MeetingRecorded metChairedBy(MemberId chairedBy, List<MemberId> present) {
        return meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, present, List.of(), chairedBy);
    }

    static MemberLeft left(MemberId id, LocalDate leftOn) {
        return new MemberLeft(id, leftOn, RECORDED);
    }

    static RecordDeparture departure(MemberId id, LocalDate leftOn) {
        return new RecordDeparture(id, leftOn, MANAGER, null);
    }

    /** The first meeting, attended by exactly {@code present}, with no apologies. */
    static MeetingRecorded metWith(List<MemberId> present) {
        return meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, present, List.of());
    }

    static MeetingRecorded metWith(MemberId... present) {
        return metWith(List.of(present));
    }

    /** The quorate attendance plus {@code others}. */
    static List<MemberId> quorateWith(MemberId... others) {
        List<MemberId> present = new ArrayList<>(QUORATE);
        present.addAll(List.of(others));
        return present;
    }

    /** Every member of the full group except {@code absent}. */
    static List<MemberId> everyoneBut(MemberId... absent) {
        Set<MemberId> missing = Set.of(absent);
        return FULL_MEMBERSHIP.keySet().stream().filter(id -> !missing.contains(id)).toList();
    }

    static Vote vote(MemberId memberId, VoteChoice choice) {
        return new Vote(memberId, choice);
    }

    static RecordDecision decide(Vote... votes) {
        return decideAt(FIRST_MEETING, votes);
    }

    static RecordDecision decideAt(MeetingId meetingId, Vote... votes) {
        return new RecordDecision(meetingId, DECISION, MOTION, List.of(votes), null, null, MANAGER, null);
    }

    static DecisionRecorded decided(int forVotes, int againstVotes, boolean carried, Vote... votes) {
        return new DecisionRecorded(DECISION, FIRST_MEETING, MOTION, List.of(votes), forVotes, againstVotes, carried,
                null, null, RECORDED);
    }
}

package org.casebook.domain.developmentgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebook.domain.developmentgroup.GroupFixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebook.domain.shared.PersonalData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Development Group's rules of procedure [002 §8.12, §8.15, §8.17, §8.18], one behaviour per test, grouped by
 * command, against the group's full target membership [002 §8.9]. Happy paths also check the group version the
 * handler returns (the ETag): the number of events on the stream, counting those just applied.
 */
class DevelopmentGroupTest {

    private static final int FULL_GROUP_EVENTS = FULL_MEMBERSHIP.size();

    private FixtureConfiguration<DevelopmentGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DevelopmentGroup.class);
    }

    @Nested
    class AddingAMember {

        @Test
        void theFirstMemberAddedStartsTheGroupsRecord() {
            fixture.givenNoPriorActivity()
                    .when(addMember(CHAIR, Constituency.PARENT, true, JOINED_ON))
                    .expectEvents(memberAdded(CHAIR, Constituency.PARENT, true, JOINED_ON))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void recordsAMemberForTheirConstituency() {
            fixture.given(theFullGroupThen(left(HEALTH, SECOND_MEETING_ON)))
                    .when(addMember(NEWCOMER, Constituency.HEALTH, false, JOINED_ON))
                    .expectEvents(memberAdded(NEWCOMER, Constituency.HEALTH, false, JOINED_ON))
                    .expectResultMessagePayload((long) FULL_GROUP_EVENTS + 2);
        }

        @Test
        void aMemberJoinsOnTheDayTheyAreRecordedUnlessToldOtherwise() {
            fixture.givenNoPriorActivity()
                    .when(addMember(NEWCOMER, Constituency.HEALTH, false, null))
                    .expectEvents(memberAdded(NEWCOMER, Constituency.HEALTH, false, TODAY));
        }

        @Test
        void refusesAMemberWhoJoinsTomorrow() {
            fixture.givenNoPriorActivity()
                    .when(addMember(NEWCOMER, Constituency.HEALTH, false, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class);
        }

        @Test
        void refusesAMemberWithoutAName() {
            assertThatThrownBy(() -> new AddMember(NEWCOMER, " ", Constituency.HEALTH, false, null, MANAGER, null))
                    .isInstanceOf(InvalidGroupCommand.class)
                    .extracting(error -> ((InvalidGroupCommand) error).field()).isEqualTo("name");
        }

        @Test
        void onlyAParentMemberMayChairTheGroup() {
            assertThatThrownBy(() -> addMember(NEWCOMER, Constituency.SERVICE_MANAGER, true, JOINED_ON))
                    .isInstanceOf(InvalidGroupCommand.class)
                    .extracting(error -> ((InvalidGroupCommand) error).field()).isEqualTo("chair");
        }

        @Test
        void aNewChairTakesOverTheChairAndThePreviousChairStaysOnAsAMember() {
            LocalDate electedOn = LocalDate.parse("2026-09-15");

            fixture.given(theFullGroupThen(left(PARENT_5, SECOND_MEETING_ON)))
                    .when(addMember(NEWCOMER, Constituency.PARENT, true, electedOn))
                    .expectEvents(new ChairStoodDown(CHAIR, NEWCOMER, electedOn, RECORDED),
                            memberAdded(NEWCOMER, Constituency.PARENT, true, electedOn))
                    .expectResultMessagePayload((long) FULL_GROUP_EVENTS + 3);
        }

        @Test
        void theMembersNameIsMarkedAsPersonalData() {
            assertThat(MemberAdded.class.getRecordComponents())
                    .filteredOn(component -> component.isAnnotationPresent(PersonalData.class))
                    .extracting(component -> component.getName())
                    .containsExactly("name");
        }

        @Test
        void refusesACommandOnAStaleVersionOfTheGroup() {
            fixture.given(theFullGroup())
                    .when(new AddMember(NEWCOMER, "Member 21", Constituency.HEALTH, false, JOINED_ON, MANAGER, 3L))
                    .expectNoEvents()
                    .expectException(GroupVersionMismatch.class);
        }
    }

    @Nested
    class RecordingAMeeting {

        @Test
        void recordsWhoAttendedAndWhoSentApologies() {
            fixture.given(theFullGroup())
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of(HEALTH, EWS)))
                    .expectEvents(meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of(HEALTH, EWS)))
                    .expectResultMessagePayload((long) FULL_GROUP_EVENTS + 1);
        }

        @Test
        void refusesAMeetingThatNamesSomeoneWhoIsNotAMember() {
            fixture.given(theFullGroup())
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, quorateWith(UNKNOWN), List.of()))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class)
                    .expectExceptionMessage("names someone who is not a member");
        }

        @Test
        void refusesApologiesFromSomeoneWhoIsNotAMember() {
            fixture.given(theFullGroup())
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of(UNKNOWN)))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class);
        }

        @Test
        void refusesAMemberListedBothAsPresentAndAsSendingApologies() {
            assertThatThrownBy(() -> recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of(PARENT_1)))
                    .isInstanceOf(InvalidGroupCommand.class)
                    .extracting(error -> ((InvalidGroupCommand) error).field()).isEqualTo("apologies");
        }

        @Test
        void refusesAMeetingNobodyAttended() {
            assertThatThrownBy(() -> recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, List.of(), List.of(PARENT_1)))
                    .isInstanceOf(InvalidGroupCommand.class)
                    .extracting(error -> ((InvalidGroupCommand) error).field()).isEqualTo("present");
        }

        @Test
        void refusesAMeetingHeldTomorrow() {
            fixture.given(theFullGroup())
                    .when(recordMeeting(FIRST_MEETING, TODAY.plusDays(1), QUORATE, List.of()))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class);
        }

        @Test
        void refusesAMeetingHeldBeforeTheLatestRecordedMeeting() {
            fixture.given(theFullGroupThen(meetingRecorded(SECOND_MEETING, SECOND_MEETING_ON, QUORATE, List.of())))
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of()))
                    .expectNoEvents()
                    .expectException(MeetingOutOfOrder.class);
        }

        @Test
        void acceptsASecondMeetingOnTheDayOfTheLatestOne() {
            fixture.given(theFullGroupThen(metWith(QUORATE)))
                    .when(recordMeeting(SECOND_MEETING, FIRST_MEETING_ON, QUORATE, List.of()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesAMemberAtAMeetingHeldBeforeTheyJoined() {
            fixture.given(theFullGroupThen(memberAdded(NEWCOMER, Constituency.HEALTH, false, SECOND_MEETING_ON)))
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, quorateWith(NEWCOMER), List.of()))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class)
                    .expectExceptionMessage("names a member who joined after the meeting");
        }
    }

    /** "Any member not attending, and not giving apologies in advance, for three consecutive meetings" [§8.12]. */
    @Nested
    class MissingThreeMeetingsInARow {

        @Test
        void aMemberAbsentWithoutApologiesFromThreeMeetingsInARowStopsBeingAMember() {
            fixture.given(theFullGroupThen(
                            meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, everyoneBut(EWS), List.of()),
                            meetingRecorded(SECOND_MEETING, SECOND_MEETING_ON, everyoneBut(EWS), List.of())))
                    .when(recordMeeting(THIRD_MEETING, THIRD_MEETING_ON, everyoneBut(EWS), List.of()))
                    .expectEvents(meetingRecorded(THIRD_MEETING, THIRD_MEETING_ON, everyoneBut(EWS), List.of()),
                            new MemberLapsed(EWS, THIRD_MEETING, THIRD_MEETING_ON, RECORDED))
                    .expectResultMessagePayload((long) FULL_GROUP_EVENTS + 4);
        }

        @Test
        void twoMissedMeetingsAreNotEnough() {
            fixture.given(theFullGroupThen(
                            meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, everyoneBut(EWS), List.of())))
                    .when(recordMeeting(SECOND_MEETING, SECOND_MEETING_ON, everyoneBut(EWS), List.of()))
                    .expectEvents(meetingRecorded(SECOND_MEETING, SECOND_MEETING_ON, everyoneBut(EWS), List.of()));
        }

        @Test
        void apologiesSentInAdvanceBreakTheRun() {
            fixture.given(theFullGroupThen(
                            meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, everyoneBut(EWS), List.of()),
                            meetingRecorded(SECOND_MEETING, SECOND_MEETING_ON, everyoneBut(EWS), List.of(EWS)),
                            meetingRecorded(THIRD_MEETING, THIRD_MEETING_ON, everyoneBut(EWS), List.of())))
                    .when(recordMeeting(FOURTH_MEETING, FOURTH_MEETING_ON, everyoneBut(EWS), List.of()))
                    .expectEvents(meetingRecorded(FOURTH_MEETING, FOURTH_MEETING_ON, everyoneBut(EWS), List.of()));
        }

        @Test
        void attendingBreaksTheRun() {
            fixture.given(theFullGroupThen(
                            meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, everyoneBut(EWS), List.of()),
                            meetingRecorded(SECOND_MEETING, SECOND_MEETING_ON, everyoneBut(), List.of()),
                            meetingRecorded(THIRD_MEETING, THIRD_MEETING_ON, everyoneBut(EWS), List.of())))
                    .when(recordMeeting(FOURTH_MEETING, FOURTH_MEETING_ON, everyoneBut(EWS), List.of()))
                    .expectEvents(meetingRecorded(FOURTH_MEETING, FOURTH_MEETING_ON, everyoneBut(EWS), List.of()));
        }

        @Test
        void everyoneWhoMissesTheirThirdMeetingLapsesInTheOrderTheyJoined() {
            List<MemberId> present = everyoneBut(HEALTH, EWS);

            fixture.given(theFullGroupThen(
                            meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, present, List.of()),
                            meetingRecorded(SECOND_MEETING, SECOND_MEETING_ON, present, List.of())))
                    .when(recordMeeting(THIRD_MEETING, THIRD_MEETING_ON, present, List.of()))
                    .expectEvents(meetingRecorded(THIRD_MEETING, THIRD_MEETING_ON, present, List.of()),
                            new MemberLapsed(HEALTH, THIRD_MEETING, THIRD_MEETING_ON, RECORDED),
                            new MemberLapsed(EWS, THIRD_MEETING, THIRD_MEETING_ON, RECORDED));
        }

        @Test
        void onlyMeetingsHeldAfterAMemberJoinedCount() {
            fixture.given(theFullGroupThen(
                            memberAdded(NEWCOMER, Constituency.HEALTH, false, SECOND_MEETING_ON),
                            meetingRecorded(SECOND_MEETING, SECOND_MEETING_ON, everyoneBut(), List.of()),
                            meetingRecorded(THIRD_MEETING, THIRD_MEETING_ON, everyoneBut(), List.of())))
                    .when(recordMeeting(FOURTH_MEETING, FOURTH_MEETING_ON, everyoneBut(), List.of()))
                    .expectEvents(meetingRecorded(FOURTH_MEETING, FOURTH_MEETING_ON, everyoneBut(), List.of()));
        }

        @Test
        void aMemberWhoHasLapsedDoesNotLapseAgain() {
            fixture.given(theFullGroupThen(
                            meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, everyoneBut(EWS), List.of()),
                            meetingRecorded(SECOND_MEETING, SECOND_MEETING_ON, everyoneBut(EWS), List.of()),
                            meetingRecorded(THIRD_MEETING, THIRD_MEETING_ON, everyoneBut(EWS), List.of()),
                            new MemberLapsed(EWS, THIRD_MEETING, THIRD_MEETING_ON, RECORDED)))
                    .when(recordMeeting(FOURTH_MEETING, FOURTH_MEETING_ON, everyoneBut(EWS), List.of()))
                    .expectEvents(meetingRecorded(FOURTH_MEETING, FOURTH_MEETING_ON, everyoneBut(EWS), List.of()));
        }
    }

    @Nested
    class RecordingADecision {

        @Test
        void refusesADecisionAtAMeetingThatWasNeverRecorded() {
            fixture.given(theFullGroup())
                    .when(decide())
                    .expectNoEvents()
                    .expectException(GroupRecordNotFound.class);
        }

        @Test
        void recordsTheReportTheGroupReviewedWithItsFingerprint() {
            fixture.given(theFullGroupThen(metWith(QUORATE)))
                    .when(new RecordDecision(FIRST_MEETING, DECISION, MOTION, List.of(), REPORT_REF, REPORT_HASH,
                            MANAGER, null))
                    .expectEvents(new DecisionRecorded(DECISION, FIRST_MEETING, MOTION, List.of(), 0, 0, true,
                            REPORT_REF, REPORT_HASH, RECORDED));
        }

        @Test
        void refusesAReportReferenceThatCouldNotBeFingerprinted() {
            assertThatThrownBy(() -> new RecordDecision(FIRST_MEETING, DECISION, MOTION, List.of(), REPORT_REF,
                    null, MANAGER, null))
                    .isInstanceOf(InvalidGroupCommand.class)
                    .extracting(error -> ((InvalidGroupCommand) error).field()).isEqualTo("reportRef");
        }

        @Test
        void refusesADecisionWithoutAMotion() {
            assertThatThrownBy(() -> new RecordDecision(FIRST_MEETING, DECISION, "", List.of(), null, null,
                    MANAGER, null))
                    .isInstanceOf(InvalidGroupCommand.class)
                    .extracting(error -> ((InvalidGroupCommand) error).field()).isEqualTo("motion");
        }

        @Test
        void refusesAMemberVotingTwice() {
            assertThatThrownBy(() -> decide(vote(PARENT_1, VoteChoice.FOR), vote(PARENT_1, VoteChoice.AGAINST)))
                    .isInstanceOf(InvalidGroupCommand.class)
                    .extracting(error -> ((InvalidGroupCommand) error).field()).isEqualTo("votes");
        }
    }

    /** "At least 8 of those eligible to vote ... not including the chair ... at least 3 parent ... 5 non-parent." */
    @Nested
    class TheQuorum {

        @Test
        void isQuorateWithEightEligibleMembersBesidesTheChairThreeOfThemParents() {
            fixture.given(theFullGroupThen(metWith(QUORATE)))
                    .when(decide())
                    .expectEvents(decided(0, 0, true))
                    .expectResultMessagePayload(new DecisionOutcome(FULL_GROUP_EVENTS + 2, 0, 0, true));
        }

        @Test
        void isQuorateWithoutTheStandingChairWhenEightOthersEligibleToVoteArePresentBesidesWhoeverChaired() {
            fixture.given(theFullGroupThen(metChairedBy(PARENT_4, List.of(PARENT_1, PARENT_2, PARENT_3, PARENT_4,
                            VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS, EARLY_YEARS))))
                    .when(decide())
                    .expectEvents(decided(0, 0, true));
        }

        @Test
        void aMeetingRecordedBeforeMeetingsNamedTheirChairWasChairedByTheStandingChairOnlyIfPresent() {
            fixture.given(theFullGroupThen(metChairedBy(null, List.of(PARENT_1, PARENT_2, PARENT_3,
                            VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS, EARLY_YEARS))))
                    .when(decide())
                    .expectEvents(decided(0, 0, true));
        }

        @Test
        void isNotQuorateWithOnlySevenEligibleMembers() {
            fixture.given(theFullGroupThen(metWith(PARENT_1, PARENT_2, PARENT_3,
                            VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS)))
                    .when(decide(vote(PARENT_1, VoteChoice.FOR)))
                    .expectNoEvents()
                    .expectException(NotQuorate.class);
        }

        @Test
        void theChairDoesNotCountTowardsTheEight() {
            fixture.given(theFullGroupThen(metWith(CHAIR, PARENT_1, PARENT_2, PARENT_3,
                            VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS)))
                    .when(decide(vote(PARENT_1, VoteChoice.FOR)))
                    .expectNoEvents()
                    .expectException(NotQuorate.class);
        }

        @Test
        void isNotQuorateWithEightWhenOnlyTwoAreParents() {
            fixture.given(theFullGroupThen(metWith(CHAIR, PARENT_1, PARENT_2,
                            VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS, EARLY_YEARS, HEALTH)))
                    .when(decide())
                    .expectNoEvents()
                    .expectException(NotQuorate.class);
        }

        @Test
        void isNotQuorateWithEightWhenOnlyFourAreNotParents() {
            fixture.given(theFullGroupThen(metWith(CHAIR, PARENT_1, PARENT_2, PARENT_3, PARENT_4,
                            VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS)))
                    .when(decide())
                    .expectNoEvents()
                    .expectException(NotQuorate.class);
        }

        @Test
        void theLaSpecialServicesMemberAndStaffDoNotCountTowardsTheQuorum() {
            fixture.given(theFullGroupThen(metWith(CHAIR, PARENT_1, PARENT_2, PARENT_3,
                            VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS,
                            LA_SPECIAL_SERVICES, SERVICE_MANAGER, PRACTICE_MANAGER)))
                    .when(decide())
                    .expectNoEvents()
                    .expectException(NotQuorate.class);
        }

        @Test
        void appliesToDecisionsReachedByConsensusAsMuchAsToVotes() {
            fixture.given(theFullGroupThen(metWith(CHAIR, PARENT_1, PARENT_2, PARENT_3,
                            VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS)))
                    .when(decide())
                    .expectNoEvents()
                    .expectException(NotQuorate.class)
                    .expectExceptionMessage("a decision needs 8 members eligible to vote present besides the chair,"
                            + " at least 3 of them parents and 5 others; this meeting had 3 parent(s) and 4"
                            + " other(s)");
        }

        @Test
        void aMemberWhoHasLapsedDoesNotCountTowardsTheQuorum() {
            List<Object> given = new ArrayList<>(lapsedEws());
            given.add(meetingRecorded(FOURTH_MEETING, FOURTH_MEETING_ON, List.of(CHAIR, PARENT_1, PARENT_2,
                    PARENT_3, VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS, EWS), List.of()));

            fixture.given(given)
                    .when(decideAt(FOURTH_MEETING))
                    .expectNoEvents()
                    .expectException(NotQuorate.class);
        }
    }

    /** "Each parent member has two votes ... The chair can choose to vote only if there is an equal balance." */
    @Nested
    class VotingOnAMotion {

        private final List<Object> quorateMeeting = theFullGroupThen(metWith(quorateWith(HEALTH, EWS)));

        @Test
        void eachParentsVoteCountsTwice() {
            Vote[] votes = {vote(PARENT_1, VoteChoice.FOR), vote(PARENT_2, VoteChoice.FOR),
                    vote(VOLUNTARY_SECTOR, VoteChoice.AGAINST), vote(PRIMARY_HEADS, VoteChoice.AGAINST),
                    vote(SECONDARY_HEADS, VoteChoice.AGAINST)};

            fixture.given(quorateMeeting)
                    .when(decide(votes))
                    .expectEvents(decided(4, 3, true, votes))
                    .expectResultMessagePayload(new DecisionOutcome(FULL_GROUP_EVENTS + 2, 4, 3, true));
        }

        @Test
        void everyOtherVotingMembersVoteCountsOnce() {
            Vote[] votes = {vote(PARENT_1, VoteChoice.FOR), vote(VOLUNTARY_SECTOR, VoteChoice.AGAINST),
                    vote(PRIMARY_HEADS, VoteChoice.AGAINST), vote(SECONDARY_HEADS, VoteChoice.AGAINST)};

            fixture.given(quorateMeeting)
                    .when(decide(votes))
                    .expectEvents(decided(2, 3, false, votes));
        }

        @Test
        void abstentionsCountForNothing() {
            Vote[] votes = {vote(PARENT_1, VoteChoice.ABSTAIN), vote(PARENT_2, VoteChoice.ABSTAIN),
                    vote(HEALTH, VoteChoice.FOR)};

            fixture.given(quorateMeeting)
                    .when(decide(votes))
                    .expectEvents(decided(1, 0, true, votes));
        }

        @Test
        void aMotionWithAsManyVotesAgainstAsForIsNotCarried() {
            Vote[] votes = {vote(PARENT_1, VoteChoice.FOR), vote(HEALTH, VoteChoice.AGAINST),
                    vote(EWS, VoteChoice.AGAINST)};

            fixture.given(quorateMeeting)
                    .when(decide(votes))
                    .expectEvents(decided(2, 2, false, votes));
        }

        @Test
        void theChairsCastingVoteForATiedMotionCarriesIt() {
            Vote[] votes = {vote(PARENT_1, VoteChoice.FOR), vote(HEALTH, VoteChoice.AGAINST),
                    vote(EWS, VoteChoice.AGAINST), vote(CHAIR, VoteChoice.FOR)};

            fixture.given(quorateMeeting)
                    .when(decide(votes))
                    .expectEvents(decided(3, 2, true, votes));
        }

        @Test
        void theChairsCastingVoteAgainstATiedMotionDefeatsIt() {
            Vote[] votes = {vote(CHAIR, VoteChoice.AGAINST), vote(PARENT_1, VoteChoice.FOR),
                    vote(HEALTH, VoteChoice.AGAINST), vote(EWS, VoteChoice.AGAINST)};

            fixture.given(quorateMeeting)
                    .when(decide(votes))
                    .expectEvents(decided(2, 3, false, votes));
        }

        @Test
        void theChairMayNotVoteWhenTheMembersVotesAreNotTied() {
            fixture.given(quorateMeeting)
                    .when(decide(vote(PARENT_1, VoteChoice.FOR), vote(HEALTH, VoteChoice.AGAINST),
                            vote(CHAIR, VoteChoice.AGAINST)))
                    .expectNoEvents()
                    .expectException(NotEntitledToVote.class)
                    .expectExceptionMessage("whoever chairs votes only to break a tie, and the members' votes are"
                            + " not tied");
        }

        @Test
        void aFormerChairVotesLikeAnyOtherParentMember() {
            List<Object> given = theFullGroupThen(new ChairStoodDown(CHAIR, NEWCOMER, JOINED_ON, RECORDED),
                    memberAdded(NEWCOMER, Constituency.PARENT, true, JOINED_ON),
                    metChairedBy(NEWCOMER, quorateWith(NEWCOMER)));
            Vote[] votes = {vote(CHAIR, VoteChoice.FOR), vote(VOLUNTARY_SECTOR, VoteChoice.AGAINST)};

            fixture.given(given)
                    .when(decide(votes))
                    .expectEvents(decided(2, 1, true, votes));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"SERVICE_MANAGER", "PRACTICE_MANAGER", "PSACO", "LA_SPECIAL_SERVICES"})
        void staffAndTheLaSpecialServicesMemberCannotVote(String constituency) {
            MemberId member = FULL_MEMBERSHIP.entrySet().stream()
                    .filter(entry -> entry.getValue() == Constituency.valueOf(constituency))
                    .findFirst().orElseThrow().getKey();

            fixture.given(theFullGroupThen(metWith(quorateWith(member))))
                    .when(decide(vote(PARENT_1, VoteChoice.FOR), vote(member, VoteChoice.FOR)))
                    .expectNoEvents()
                    .expectException(NotEntitledToVote.class);
        }

        @Test
        void aMemberWhoWasNotPresentCannotVote() {
            fixture.given(quorateMeeting)
                    .when(decide(vote(PARENT_1, VoteChoice.FOR), vote(SOCIAL_CARE, VoteChoice.FOR)))
                    .expectNoEvents()
                    .expectException(NotEntitledToVote.class)
                    .expectExceptionMessage("votes[1]: the member was not present at this meeting");
        }

        @Test
        void aMemberWhoSentApologiesCannotVote() {
            fixture.given(theFullGroupThen(meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, QUORATE,
                            List.of(SOCIAL_CARE))))
                    .when(decide(vote(SOCIAL_CARE, VoteChoice.AGAINST)))
                    .expectNoEvents()
                    .expectException(NotEntitledToVote.class);
        }

        @Test
        void someoneWhoIsNotAMemberCannotVote() {
            fixture.given(quorateMeeting)
                    .when(decide(vote(UNKNOWN, VoteChoice.FOR)))
                    .expectNoEvents()
                    .expectException(NotEntitledToVote.class)
                    .expectExceptionMessage("votes[0]: names no member of the group");
        }

        @Test
        void aMemberWhoHasLapsedCannotVoteEvenWhenPresent() {
            List<Object> given = new ArrayList<>(lapsedEws());
            given.add(meetingRecorded(FOURTH_MEETING, FOURTH_MEETING_ON, quorateWith(EWS), List.of()));

            fixture.given(given)
                    .when(decideAt(FOURTH_MEETING, vote(EWS, VoteChoice.FOR)))
                    .expectNoEvents()
                    .expectException(NotEntitledToVote.class)
                    .expectExceptionMessage("votes[0]: no longer a member of the group at this meeting");
        }

        @Test
        void aDecisionOfAnEarlierMeetingIsJudgedByWhoWasAMemberThen() {
            List<Object> given = theFullGroupThen(
                    meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, quorateWith(EWS), List.of()),
                    meetingRecorded(SECOND_MEETING, SECOND_MEETING_ON, everyoneBut(EWS), List.of()),
                    meetingRecorded(THIRD_MEETING, THIRD_MEETING_ON, everyoneBut(EWS), List.of()),
                    meetingRecorded(FOURTH_MEETING, FOURTH_MEETING_ON, everyoneBut(EWS), List.of()),
                    new MemberLapsed(EWS, FOURTH_MEETING, FOURTH_MEETING_ON, RECORDED));

            fixture.given(given)
                    .when(decide(vote(EWS, VoteChoice.FOR)))
                    .expectEvents(decided(1, 0, true, vote(EWS, VoteChoice.FOR)));
        }
    }

    /** "Parent as chairperson, five other parents" and one representative of each other constituency [§8.9]. */
    @Nested
    class Seats {

        @Test
        void refusesASeventhParentMember() {
            fixture.given(theFullGroup())
                    .when(addMember(NEWCOMER, Constituency.PARENT, false, JOINED_ON))
                    .expectNoEvents()
                    .expectException(NoSeat.class);
        }

        @Test
        void refusesASecondMemberForAnotherConstituency() {
            fixture.given(theFullGroup())
                    .when(addMember(NEWCOMER, Constituency.HEALTH, false, JOINED_ON))
                    .expectNoEvents()
                    .expectException(NoSeat.class)
                    .expectExceptionMessage("the HEALTH seat is held; it is free when its holder lapses or leaves");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"PSACO", "SERVICE_MANAGER", "PRACTICE_MANAGER", "LA_SPECIAL_SERVICES"})
        void staffAndTheLaSpecialServicesMemberHaveOneSeatEach(String constituency) {
            fixture.given(theFullGroup())
                    .when(addMember(NEWCOMER, Constituency.valueOf(constituency), false, JOINED_ON))
                    .expectNoEvents()
                    .expectException(NoSeat.class);
        }

        @Test
        void refusesANewChairWhoWouldLeaveSixParentsBesidesTheChair() {
            fixture.given(theFullGroup())
                    .when(addMember(NEWCOMER, Constituency.PARENT, true, JOINED_ON))
                    .expectNoEvents()
                    .expectException(NoSeat.class);
        }

        @Test
        void aChairMayBeAddedWhenTheChairIsEmptyAndFiveOtherParentsSit() {
            fixture.given(theFullGroupThen(left(CHAIR, SECOND_MEETING_ON)))
                    .when(addMember(NEWCOMER, Constituency.PARENT, true, THIRD_MEETING_ON))
                    .expectEvents(memberAdded(NEWCOMER, Constituency.PARENT, true, THIRD_MEETING_ON));
        }

        @Test
        void aParentSeatIsFreeOnceItsHolderHasLeft() {
            fixture.given(theFullGroupThen(left(PARENT_3, SECOND_MEETING_ON)))
                    .when(addMember(NEWCOMER, Constituency.PARENT, false, THIRD_MEETING_ON))
                    .expectEvents(memberAdded(NEWCOMER, Constituency.PARENT, false, THIRD_MEETING_ON));
        }

        @Test
        void aSeatIsFreeOnceItsHolderHasLapsed() {
            fixture.given(lapsedEws())
                    .when(addMember(NEWCOMER, Constituency.EWS, false, FOURTH_MEETING_ON))
                    .expectEvents(memberAdded(NEWCOMER, Constituency.EWS, false, FOURTH_MEETING_ON));
        }
    }

    @Nested
    class RecordingADeparture {

        @Test
        void recordsThatAMemberLeft() {
            fixture.given(theFullGroup())
                    .when(departure(HEALTH, SECOND_MEETING_ON))
                    .expectEvents(left(HEALTH, SECOND_MEETING_ON))
                    .expectResultMessagePayload((long) FULL_GROUP_EVENTS + 1);
        }

        @Test
        void refusesASecondDeparture() {
            fixture.given(theFullGroupThen(left(HEALTH, SECOND_MEETING_ON)))
                    .when(departure(HEALTH, THIRD_MEETING_ON))
                    .expectNoEvents()
                    .expectException(MemberAlreadyLeft.class);
        }

        @Test
        void refusesTheDepartureOfAMemberWhoLapsed() {
            fixture.given(lapsedEws())
                    .when(departure(EWS, FOURTH_MEETING_ON))
                    .expectNoEvents()
                    .expectException(MemberAlreadyLeft.class);
        }

        @Test
        void refusesTheDepartureOfSomeoneWhoWasNeverAMember() {
            fixture.given(theFullGroup())
                    .when(departure(UNKNOWN, SECOND_MEETING_ON))
                    .expectNoEvents()
                    .expectException(GroupRecordNotFound.class);
        }

        @Test
        void refusesADepartureBeforeTheMemberJoined() {
            fixture.given(theFullGroup())
                    .when(departure(HEALTH, JOINED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class)
                    .expectExceptionMessage("must not be before the member joined");
        }

        @Test
        void refusesADepartureBeforeAMeetingTheMemberAttended() {
            fixture.given(theFullGroupThen(metWith(quorateWith(HEALTH))))
                    .when(departure(HEALTH, FIRST_MEETING_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class)
                    .expectExceptionMessage("must not be before a meeting the member attended");
        }

        @Test
        void refusesADepartureTomorrow() {
            fixture.given(theFullGroup())
                    .when(departure(HEALTH, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class);
        }

        @Test
        void refusesADepartureWithoutADay() {
            assertThatThrownBy(() -> departure(HEALTH, null))
                    .isInstanceOf(InvalidGroupCommand.class)
                    .extracting(error -> ((InvalidGroupCommand) error).field()).isEqualTo("leftOn");
        }

        @Test
        void aMemberWhoLeftNeitherVotesNorCountsForQuorum() {
            List<Object> given = theFullGroupThen(left(EARLY_YEARS, JOINED_ON), metWith(QUORATE));

            fixture.given(given)
                    .when(decide())
                    .expectNoEvents()
                    .expectException(NotQuorate.class);
            fixture.given(theFullGroupThen(left(HEALTH, JOINED_ON), metWith(quorateWith(HEALTH))))
                    .when(decide(vote(HEALTH, VoteChoice.FOR)))
                    .expectNoEvents()
                    .expectException(NotEntitledToVote.class);
        }

        @Test
        void aChairWhoLeavesLeavesTheChairEmpty() {
            fixture.given(theFullGroupThen(left(CHAIR, JOINED_ON)))
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, everyoneBut(CHAIR), List.of()))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class)
                    .expectExceptionMessage("is required when the standing chair is not present");
        }
    }

    /** "The meetings will be chaired by a parent or a Parent Partner (IPS)" [§8.15]. */
    @Nested
    class ChairingAMeeting {

        @Test
        void theStandingChairChairsWhenPresentUnlessTheMinutesSayOtherwise() {
            fixture.given(theFullGroup())
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of()))
                    .expectEvents(meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of(), CHAIR));
        }

        @Test
        void anotherParentMayChairWhileTheStandingChairIsPresent() {
            fixture.given(theFullGroup())
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of(), PARENT_1))
                    .expectEvents(meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of(), PARENT_1));
        }

        @Test
        void whenTheStandingChairIsAbsentTheMinutesMustNameWhoChaired() {
            fixture.given(theFullGroup())
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, everyoneBut(CHAIR), List.of(CHAIR)))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class)
                    .expectExceptionMessage("is required when the standing chair is not present");
        }

        @Test
        void refusesAChairWhoWasNotPresent() {
            assertThatThrownBy(() -> recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of(), PARENT_5))
                    .isInstanceOf(InvalidGroupCommand.class)
                    .extracting(error -> ((InvalidGroupCommand) error).field()).isEqualTo("chairedBy");
        }

        @Test
        void refusesAChairWhoIsNotAParentMember() {
            fixture.given(theFullGroup())
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of(), VOLUNTARY_SECTOR))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class)
                    .expectExceptionMessage("must name a parent member");
        }

        @Test
        void refusesAChairWhoIsNoLongerAMember() {
            fixture.given(theFullGroupThen(left(PARENT_1, JOINED_ON)))
                    .when(recordMeeting(FIRST_MEETING, FIRST_MEETING_ON, QUORATE, List.of(), PARENT_1))
                    .expectNoEvents()
                    .expectException(InvalidGroupCommand.class)
                    .expectExceptionMessage("must name someone who is a member of the group");
        }

        /** The example: P1 chairs in the chair's absence, so only P2 and P3 count as parents. */
        @Test
        void anActingChairIsLeftOutOfTheQuorum() {
            List<MemberId> present = List.of(PARENT_1, PARENT_2, PARENT_3,
                    VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS, EARLY_YEARS);

            fixture.given(theFullGroupThen(metChairedBy(PARENT_1, present)))
                    .when(decide())
                    .expectNoEvents()
                    .expectException(NotQuorate.class)
                    .expectExceptionMessage("a decision needs 8 members eligible to vote present besides the chair,"
                            + " at least 3 of them parents and 5 others; this meeting had 2 parent(s) and 5"
                            + " other(s)");
        }

        @Test
        void theSameMeetingWithAFourthParentIsQuorate() {
            fixture.given(theFullGroupThen(metChairedBy(PARENT_1, actingChairWithAFourthParent())))
                    .when(decide())
                    .expectEvents(decided(0, 0, true));
        }

        @Test
        void theActingChairVotesOnlyToBreakATie() {
            fixture.given(theFullGroupThen(metChairedBy(PARENT_1, actingChairWithAFourthParent())))
                    .when(decide(vote(PARENT_2, VoteChoice.FOR), vote(HEALTH, VoteChoice.AGAINST),
                            vote(PARENT_1, VoteChoice.FOR)))
                    .expectNoEvents()
                    .expectException(NotEntitledToVote.class);
        }

        @Test
        void theActingChairsCastingVoteDecidesATieAndCountsOnce() {
            Vote[] votes = {vote(PARENT_2, VoteChoice.FOR), vote(VOLUNTARY_SECTOR, VoteChoice.AGAINST),
                    vote(PRIMARY_HEADS, VoteChoice.AGAINST), vote(PARENT_1, VoteChoice.FOR)};

            fixture.given(theFullGroupThen(metChairedBy(PARENT_1, actingChairWithAFourthParent())))
                    .when(decide(votes))
                    .expectEvents(decided(3, 2, true, votes));
        }

        @Test
        void aStandingChairPresentButNotChairingVotesAsAParent() {
            Vote[] votes = {vote(CHAIR, VoteChoice.FOR), vote(VOLUNTARY_SECTOR, VoteChoice.AGAINST)};

            fixture.given(theFullGroupThen(metChairedBy(PARENT_4, quorateWith(PARENT_4))))
                    .when(decide(votes))
                    .expectEvents(decided(2, 1, true, votes));
        }

        @Test
        void aStandingChairPresentButNotChairingCountsTowardsTheQuorum() {
            fixture.given(theFullGroupThen(metChairedBy(PARENT_3, QUORATE)))
                    .when(decide())
                    .expectEvents(decided(0, 0, true));
        }

        private List<MemberId> actingChairWithAFourthParent() {
            return List.of(PARENT_1, PARENT_2, PARENT_3, PARENT_4,
                    VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS, EARLY_YEARS, HEALTH);
        }
    }

    /** PSA Co-ordinators are the service's paid staff [§5.2]. */
    @Nested
    class ThePsaco {

        @Test
        void doesNotCountTowardsTheQuorum() {
            fixture.given(theFullGroupThen(metWith(CHAIR, PARENT_1, PARENT_2, PARENT_3,
                            VOLUNTARY_SECTOR, PRIMARY_HEADS, SECONDARY_HEADS, SPECIAL_HEADS, PSACO)))
                    .when(decide())
                    .expectNoEvents()
                    .expectException(NotQuorate.class);
        }

        @Test
        void cannotVote() {
            fixture.given(theFullGroupThen(metWith(quorateWith(PSACO))))
                    .when(decide(vote(PSACO, VoteChoice.FOR)))
                    .expectNoEvents()
                    .expectException(NotEntitledToVote.class);
        }
    }

    /** The full group, then three meetings that EWS missed without apologies, so that EWS lapsed. */
    private static List<Object> lapsedEws() {
        return theFullGroupThen(
                meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, everyoneBut(EWS), List.of()),
                meetingRecorded(SECOND_MEETING, SECOND_MEETING_ON, everyoneBut(EWS), List.of()),
                meetingRecorded(THIRD_MEETING, THIRD_MEETING_ON, everyoneBut(EWS), List.of()),
                new MemberLapsed(EWS, THIRD_MEETING, THIRD_MEETING_ON, RECORDED));
    }
}

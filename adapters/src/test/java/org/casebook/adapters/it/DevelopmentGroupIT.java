package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Development Group through HTTP on PostgreSQL [002 §5.2, §8.9, §8.12, §8.15, §8.17, §8.18]. The group is one
 * event stream shared by every test of the run, so each test starts by emptying every seat (recording departures),
 * adds its own members, lists only them at its meetings, and never counts whole lists.
 */
class DevelopmentGroupIT extends PostgresIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final String GROUP = "development-group";

    /** Members added for one test: a parent chair, parents, other voting members, and those who may not vote. */
    record Members(String chair, List<String> parents, List<String> others, String laSpecialServices,
                   String serviceManager) {

        List<String> quorate() {
            List<String> present = new ArrayList<>();
            present.add(chair);
            present.addAll(parents.subList(0, 3));
            present.addAll(others.subList(0, 5));
            return present;
        }
    }

    @BeforeEach
    @AfterEach
    void vacateEverySeat() {
        DevelopmentGroupSeats.vacateAll(api);
    }

    @Test
    void membersMeetingsAndDecisionsAreRecordedAndReadBack() {
        Api.Response added = manager().post("/api/development-group/members",
                Map.of("name", "Pat Parent", "constituency", "PARENT", "chair", true));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String chair = added.json().get("memberId").asText();
        assertThat(added.header("Location")).isEqualTo("/api/development-group/members/" + chair);
        Members group = membersWithChair(chair);

        String meetingId = recordMeeting(group.quorate(), List.of(group.parents().get(3)));
        Api.Response decided = manager().post("/api/development-group/meetings/" + meetingId + "/decisions",
                Map.of("motion", "Publish the annual report to parents", "votes", List.of(
                        vote(group.parents().get(0), "FOR"), vote(group.parents().get(1), "FOR"),
                        vote(group.parents().get(2), "ABSTAIN"), vote(group.others().get(0), "AGAINST"),
                        vote(group.others().get(1), "AGAINST"), vote(group.others().get(2), "FOR"))));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        JsonNode outcome = decided.json();
        assertThat(outcome.get("forVotes").asInt()).isEqualTo(5);
        assertThat(outcome.get("againstVotes").asInt()).isEqualTo(2);
        assertThat(outcome.get("carried").asBoolean()).isTrue();
        assertThat(outcome.has("reportHash")).isTrue();
        assertThat(outcome.get("reportHash").isNull()).isTrue();
        String decisionId = outcome.get("decisionId").asText();

        JsonNode chairView = find(manager().get("/api/development-group/members"), "memberId", chair);
        assertThat(chairView.get("name").asText()).isEqualTo("Pat Parent");
        assertThat(chairView.get("constituency").asText()).isEqualTo("PARENT");
        assertThat(chairView.get("chair").asBoolean()).isTrue();
        assertThat(chairView.get("active").asBoolean()).isTrue();
        assertThat(chairView.get("joinedOn").asText()).isEqualTo(TODAY.toString());

        JsonNode meeting = find(manager().get("/api/development-group/meetings"), "meetingId", meetingId);
        assertThat(meeting.get("heldOn").asText()).isEqualTo(TODAY.toString());
        assertThat(texts(meeting.get("present"))).containsExactlyElementsOf(group.quorate());
        assertThat(texts(meeting.get("apologies"))).containsExactly(group.parents().get(3));
        assertThat(meeting.get("chairedBy").asText()).isEqualTo(chair);

        JsonNode decision = find(manager().get("/api/development-group/decisions"), "decisionId", decisionId);
        assertThat(decision.get("meetingId").asText()).isEqualTo(meetingId);
        assertThat(decision.get("motion").asText()).isEqualTo("Publish the annual report to parents");
        assertThat(decision.get("votes")).hasSize(6);
        assertThat(decision.get("forVotes").asInt()).isEqualTo(5);
        assertThat(decision.get("againstVotes").asInt()).isEqualTo(2);
        assertThat(decision.get("carried").asBoolean()).isTrue();
        assertThat(decision.get("reportRef").isNull()).isTrue();
        assertThat(decision.get("recordedAt").asText()).isNotBlank();
    }

    @Test
    void theChairsCastingVoteBreaksATie() {
        Members group = newMembers();
        String meetingId = recordMeeting(group.quorate(), List.of());

        Api.Response decided = decide(meetingId, vote(group.parents().get(0), "FOR"),
                vote(group.others().get(0), "AGAINST"), vote(group.others().get(1), "AGAINST"),
                vote(group.chair(), "AGAINST"));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().get("forVotes").asInt()).isEqualTo(2);
        assertThat(decided.json().get("againstVotes").asInt()).isEqualTo(3);
        assertThat(decided.json().get("carried").asBoolean()).isFalse();
    }

    @Test
    void aDecisionAtAMeetingWithoutAQuorumIsRefusedAndNothingIsRecorded() {
        Members group = newMembers();
        List<String> present = new ArrayList<>(group.quorate());
        present.remove(group.others().get(4));
        present.add(group.laSpecialServices());
        present.add(group.serviceManager());
        String meetingId = recordMeeting(present, List.of());
        long before = storedEventCount(GROUP);

        Api.Response refused = decide(meetingId);

        assertProblem(refused, 409, "/problems/not-quorate");
        assertThat(storedEventCount(GROUP)).isEqualTo(before);
    }

    @Test
    void aVoteByAStaffMemberIsRefused() {
        Members group = newMembers();
        List<String> present = new ArrayList<>(group.quorate());
        present.add(group.serviceManager());
        String meetingId = recordMeeting(present, List.of());

        Api.Response refused = decide(meetingId, vote(group.parents().get(0), "FOR"),
                vote(group.serviceManager(), "FOR"));

        assertProblem(refused, 409, "/problems/not-entitled-to-vote");
    }

    @Test
    void aVoteByAMemberWhoWasNotPresentIsRefused() {
        Members group = newMembers();
        String meetingId = recordMeeting(group.quorate(), List.of());

        Api.Response refused = decide(meetingId, vote(group.parents().get(4), "AGAINST"));

        assertProblem(refused, 409, "/problems/not-entitled-to-vote");
    }

    @Test
    void theChairCannotVoteWhenTheVotesAreNotTied() {
        Members group = newMembers();
        String meetingId = recordMeeting(group.quorate(), List.of());

        Api.Response refused = decide(meetingId, vote(group.parents().get(0), "FOR"), vote(group.chair(), "FOR"));

        assertProblem(refused, 409, "/problems/not-entitled-to-vote");
    }

    @Test
    void aMemberAbsentWithoutApologiesFromThreeMeetingsStopsBeingAMemberAndCannotVote() {
        Members group = newMembers();
        String absentee = addMember("Sam Absent", "EWS", false, TODAY.minusDays(7));
        recordMeeting(group.quorate(), List.of());
        recordMeeting(group.quorate(), List.of());
        assertThat(find(manager().get("/api/development-group/members"), "memberId", absentee)
                .get("active").asBoolean()).isTrue();
        recordMeeting(group.quorate(), List.of());

        JsonNode lapsed = find(manager().get("/api/development-group/members"), "memberId", absentee);
        assertThat(lapsed.get("active").asBoolean()).isFalse();

        List<String> present = new ArrayList<>(group.quorate());
        present.add(absentee);
        String meetingId = recordMeeting(present, List.of());
        assertProblem(decide(meetingId, vote(absentee, "FOR")), 409, "/problems/not-entitled-to-vote");
    }

    @Test
    void aMeetingHeldBeforeTheLatestRecordedMeetingIsRefused() {
        Members group = newMembers();
        recordMeeting(group.quorate(), List.of());

        Api.Response refused = manager().post("/api/development-group/meetings", Map.of(
                "heldOn", TODAY.minusDays(1).toString(), "present", group.quorate(), "apologies", List.of()));

        assertProblem(refused, 409, "/problems/date-out-of-order");
    }

    @Test
    void aMeetingMustNameMembersOnly() {
        Members group = newMembers();
        List<String> present = new ArrayList<>(group.quorate());
        present.add(UUID.randomUUID().toString());

        Api.Response refused = manager().post("/api/development-group/meetings", Map.of(
                "heldOn", TODAY.toString(), "present", present, "apologies", List.of()));

        assertInvalid(refused, "present");
    }

    @Test
    void aMemberCannotBeBothPresentAndSendApologies() {
        Members group = newMembers();

        Api.Response refused = manager().post("/api/development-group/meetings", Map.of(
                "heldOn", TODAY.toString(), "present", group.quorate(), "apologies", List.of(group.chair())));

        assertInvalid(refused, "apologies");
    }

    @Test
    void aMeetingCannotBeHeldInTheFuture() {
        Members group = newMembers();

        Api.Response refused = manager().post("/api/development-group/meetings", Map.of(
                "heldOn", TODAY.plusDays(2).toString(), "present", group.quorate()));

        assertInvalid(refused, "heldOn");
    }

    @Test
    void aMemberNeedsANameAndAKnownConstituency() {
        assertInvalid(manager().post("/api/development-group/members", Map.of("constituency", "HEALTH")), "name");
        assertInvalid(manager().post("/api/development-group/members",
                Map.of("name", "Lee Example", "constituency", "GOVERNORS")), "constituency");
    }

    @Test
    void onlyAParentMemberMayChair() {
        assertInvalid(manager().post("/api/development-group/members",
                Map.of("name", "Lee Example", "constituency", "SERVICE_MANAGER", "chair", true)), "chair");
    }

    @Test
    void aDecisionNeedsAMotionAndWellFormedVotes() {
        Members group = newMembers();
        String meetingId = recordMeeting(group.quorate(), List.of());
        String decisions = "/api/development-group/meetings/" + meetingId + "/decisions";

        assertInvalid(manager().post(decisions, Map.of("votes", List.of())), "motion");
        assertInvalid(manager().post(decisions, Map.of("motion", "Adopt the plan",
                "votes", List.of(vote("not-an-id", "FOR")))), "votes[0].memberId");
        assertInvalid(manager().post(decisions, Map.of("motion", "Adopt the plan",
                "votes", List.of(vote(group.parents().get(0), "MAYBE")))), "votes[0].vote");
    }

    @Test
    void aReportReferenceThatNamesNoReportIsRefused() {
        Members group = newMembers();
        String meetingId = recordMeeting(group.quorate(), List.of());

        Api.Response refused = manager().post("/api/development-group/meetings/" + meetingId + "/decisions",
                Map.of("motion", "Accept the report", "reportRef", "no-such-report"));

        assertInvalid(refused, "reportRef");
    }

    @Test
    void aDecisionKeepsTheHashOfTheReportTheGroupReviewed() {
        String reportRef = "development-group?academicYear=" + (TODAY.getMonthValue() >= 9
                ? TODAY.getYear() : TODAY.getYear() - 1);
        Members group = newMembers();
        String meetingId = recordMeeting(group.quorate(), List.of());

        Api.Response decided = manager().post("/api/development-group/meetings/" + meetingId + "/decisions",
                Map.of("motion", "Accept the report", "reportRef", reportRef));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        String reportHash = decided.json().get("reportHash").asText();
        assertThat(reportHash).matches("[0-9a-f]{64}");
        JsonNode decision = find(manager().get("/api/development-group/decisions"), "decisionId",
                decided.json().get("decisionId").asText());
        assertThat(decision.get("reportRef").asText()).isEqualTo(reportRef);
        assertThat(decision.get("reportHash").asText()).isEqualTo(reportHash);
        Api.Response report = api.as("dg1").get("/api/reports/development-group?"
                + reportRef.substring("development-group?".length()));
        assertThat(report.header("X-Report-Hash")).isEqualTo(reportHash);
    }

    @Test
    void aDecisionAtAnUnknownMeetingIsNotFound() {
        Api.Response missing = manager().post("/api/development-group/meetings/" + UUID.randomUUID() + "/decisions",
                Map.of("motion", "Adopt the plan"));

        assertProblem(missing, 404, "/problems/not-found");
    }

    @Test
    void repeatingAnIdempotencyKeyAddsTheMemberOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Ash Twice", "constituency", "EWS");

        Api.Response first = manager().header("Idempotency-Key", key).post("/api/development-group/members", body);
        long after = storedEventCount(GROUP);
        Api.Response again = manager().header("Idempotency-Key", key).post("/api/development-group/members", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("memberId").asText()).isEqualTo(first.json().get("memberId").asText());
        assertThat(storedEventCount(GROUP)).isEqualTo(after);
    }

    @Test
    void withoutCredentialsEverythingIsUnauthorized() {
        assertThat(api.as(null).get("/api/development-group/members").status()).isEqualTo(401);
        assertThat(api.as(null).get("/api/development-group/meetings").status()).isEqualTo(401);
        assertThat(api.as(null).get("/api/development-group/decisions").status()).isEqualTo(401);
        assertThat(api.as(null).post("/api/development-group/members",
                Map.of("name", "Lee Example", "constituency", "HEALTH")).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker1", "volunteer1", "auditor1", "dg1"})
    void onlyManagersRecordTheGroupsBusiness(String username) {
        Members group = newMembers();
        String meetingId = recordMeeting(group.quorate(), List.of());
        long before = storedEventCount(GROUP);

        assertThat(api.as(username).post("/api/development-group/members",
                Map.of("name", "Lee Example", "constituency", "HEALTH")).status()).isEqualTo(403);
        assertThat(api.as(username).post("/api/development-group/meetings",
                Map.of("heldOn", TODAY.toString(), "present", group.quorate())).status()).isEqualTo(403);
        assertThat(api.as(username).post("/api/development-group/meetings/" + meetingId + "/decisions",
                Map.of("motion", "Adopt the plan")).status()).isEqualTo(403);
        assertThat(storedEventCount(GROUP)).isEqualTo(before);
    }

    @Test
    void aCaseworkerCannotReadTheGroupsRecord() {
        assertThat(api.as("caseworker1").get("/api/development-group/members").status()).isEqualTo(403);
        assertThat(api.as("caseworker1").get("/api/development-group/meetings").status()).isEqualTo(403);
        assertThat(api.as("caseworker1").get("/api/development-group/decisions").status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dg1", "manager1"})
    void theGroupAndManagersReadTheGroupsRecord(String username) {
        Members group = newMembers();
        String meetingId = recordMeeting(group.quorate(), List.of());

        Api.Response members = api.as(username).get("/api/development-group/members");
        Api.Response meetings = api.as(username).get("/api/development-group/meetings");
        Api.Response decisions = api.as(username).get("/api/development-group/decisions");

        assertThat(members.status()).as(members.toString()).isEqualTo(200);
        assertThat(meetings.status()).as(meetings.toString()).isEqualTo(200);
        assertThat(decisions.status()).as(decisions.toString()).isEqualTo(200);
        assertThat(find(members, "memberId", group.chair()).get("chair").asBoolean()).isTrue();
        assertThat(find(meetings, "meetingId", meetingId).get("heldOn").asText()).isEqualTo(TODAY.toString());
        assertThat(decisions.json().isArray()).isTrue();
    }

    @Test
    void aPsacoNeitherVotesNorCountsTowardsTheQuorum() {
        Members group = newMembers();
        String psaco = addMember("PSA Co-ordinator", "PSACO", false, null);
        List<String> present = new ArrayList<>(group.quorate());
        present.remove(group.others().get(4));
        present.add(psaco);
        assertProblem(decide(recordMeeting(present, List.of())), 409, "/problems/not-quorate");

        List<String> quorate = new ArrayList<>(group.quorate());
        quorate.add(psaco);
        assertProblem(decide(recordMeeting(quorate, List.of()), vote(psaco, "FOR")), 409,
                "/problems/not-entitled-to-vote");
    }

    @Test
    void aFullSeatIsRefusedUntilItsHolderLeaves() {
        Members group = newMembers();
        long before = storedEventCount(GROUP);

        assertProblem(manager().post("/api/development-group/members",
                Map.of("name", "Seventh Parent", "constituency", "PARENT")), 409, "/problems/no-seat");
        assertProblem(manager().post("/api/development-group/members",
                Map.of("name", "Second Rep", "constituency", "HEALTH")), 409, "/problems/no-seat");
        assertThat(storedEventCount(GROUP)).isEqualTo(before);

        Api.Response left = manager().post("/api/development-group/members/" + group.parents().get(4) + "/departure",
                Map.of("leftOn", TODAY.toString()));
        assertThat(left.status()).as(left.toString()).isEqualTo(201);
        assertThat(left.json().get("memberId").asText()).isEqualTo(group.parents().get(4));
        assertThat(left.header("ETag")).isNotBlank();
        addMember("New Parent", "PARENT", false, null);
    }

    @Test
    void aDepartureIsRecordedOnceAndTheMemberIsNoLongerActive() {
        String member = addMember("Lee Leaving", "CONNEXIONS", false, TODAY.minusDays(3));
        String departure = "/api/development-group/members/" + member + "/departure";

        assertInvalid(manager().post(departure, Map.of()), "leftOn");
        assertInvalid(manager().post(departure, Map.of("leftOn", TODAY.minusDays(4).toString())), "leftOn");
        Api.Response left = manager().post(departure, Map.of("leftOn", TODAY.minusDays(1).toString()));
        assertThat(left.status()).as(left.toString()).isEqualTo(201);

        JsonNode view = find(manager().get("/api/development-group/members"), "memberId", member);
        assertThat(view.get("active").asBoolean()).isFalse();
        assertThat(view.get("leftOn").asText()).isEqualTo(TODAY.minusDays(1).toString());
        long before = storedEventCount(GROUP);
        assertProblem(manager().post(departure, Map.of("leftOn", TODAY.toString())), 409,
                "/problems/member-already-left");
        assertProblem(manager().post("/api/development-group/members/" + UUID.randomUUID() + "/departure",
                Map.of("leftOn", TODAY.toString())), 404, "/problems/not-found");
        assertProblem(manager().post("/api/development-group/members/not-an-id/departure",
                Map.of("leftOn", TODAY.toString())), 404, "/problems/not-found");
        assertThat(storedEventCount(GROUP)).isEqualTo(before);
        assertThat(api.as("caseworker1").post(departure, Map.of("leftOn", TODAY.toString())).status())
                .isEqualTo(403);
    }

    @Test
    void whenTheStandingChairIsAbsentTheMeetingMustSayWhoChaired() {
        Members group = newMembers();
        List<String> present = new ArrayList<>(group.quorate());
        present.remove(group.chair());

        assertInvalid(manager().post("/api/development-group/meetings", Map.of(
                "heldOn", TODAY.toString(), "present", present)), "chairedBy");
        assertInvalid(manager().post("/api/development-group/meetings", Map.of(
                "heldOn", TODAY.toString(), "present", present, "chairedBy", group.others().get(0))), "chairedBy");
        assertInvalid(manager().post("/api/development-group/meetings", Map.of(
                "heldOn", TODAY.toString(), "present", present, "chairedBy", group.parents().get(4))), "chairedBy");
    }

    /**
     * The case: the chair is absent and P1 chairs, so with P1 to P3 and five others present only P2 and P3
     * count as parents. A fourth parent makes it quorate, and P1 then votes only to break a tie.
     */
    @Test
    void anActingChairIsLeftOutOfTheQuorumAndHoldsTheCastingVote() {
        Members group = newMembers();
        String p1 = group.parents().get(0);
        List<String> present = new ArrayList<>(group.parents().subList(0, 3));
        present.addAll(group.others().subList(0, 5));
        long before = storedEventCount(GROUP);
        String notQuorate = recordMeeting(present, List.of(group.chair()), p1);
        assertThat(find(manager().get("/api/development-group/meetings"), "meetingId", notQuorate)
                .get("chairedBy").asText()).isEqualTo(p1);
        long afterMeeting = storedEventCount(GROUP);
        assertThat(afterMeeting).isEqualTo(before + 1);
        assertProblem(decide(notQuorate), 409, "/problems/not-quorate");
        assertThat(storedEventCount(GROUP)).isEqualTo(afterMeeting);

        present.add(group.parents().get(3));
        String quorate = recordMeeting(present, List.of(group.chair()), p1);
        assertProblem(decide(quorate, vote(group.parents().get(1), "FOR"), vote(group.others().get(0), "AGAINST"),
                vote(p1, "AGAINST")), 409, "/problems/not-entitled-to-vote");
        Api.Response tied = decide(quorate, vote(group.parents().get(1), "FOR"),
                vote(group.others().get(0), "AGAINST"), vote(group.others().get(1), "AGAINST"), vote(p1, "FOR"));
        assertThat(tied.status()).as(tied.toString()).isEqualTo(201);
        assertThat(tied.json().get("forVotes").asInt()).isEqualTo(3);
        assertThat(tied.json().get("againstVotes").asInt()).isEqualTo(2);
        assertThat(tied.json().get("carried").asBoolean()).isTrue();
    }

    @Test
    void aStandingChairWhoAttendsButDoesNotChairVotesAsAParent() {
        Members group = newMembers();
        List<String> present = new ArrayList<>(group.quorate());
        present.add(group.parents().get(3));
        String meetingId = recordMeeting(present, List.of(), group.parents().get(3));

        Api.Response decided = decide(meetingId, vote(group.chair(), "FOR"), vote(group.others().get(0), "AGAINST"));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().get("forVotes").asInt()).isEqualTo(2);
        assertThat(decided.json().get("againstVotes").asInt()).isEqualTo(1);
    }

    /** Events are forever: a meeting stored before meetings named their chair is read through the upcaster. */
    @Test
    void aMeetingStoredInItsFirstShapeIsReadAsChairedByTheStandingChair() {
        Members group = newMembers();
        String meetingId = UUID.randomUUID().toString();
        String revision1 = """
                {"meetingId":"%s","heldOn":"%s","present":[%s],"apologies":[],
                 "recorded":{"by":"manager1","at":"2026-04-02T09:00:00Z"}}"""
                .formatted(meetingId, TODAY, String.join(",", group.quorate().stream()
                        .map(id -> "\"" + id + "\"").toList()));
        appendToTheGroupAsRevision1("org.casebook.domain.developmentgroup.MeetingRecorded", revision1);

        JsonNode meeting = find(manager().get("/api/development-group/meetings"), "meetingId", meetingId);
        assertThat(meeting.get("chairedBy").asText()).isEqualTo(group.chair());
        assertProblem(decide(meetingId, vote(group.parents().get(0), "FOR"), vote(group.chair(), "FOR")), 409,
                "/problems/not-entitled-to-vote");
        Api.Response decided = decide(meetingId, vote(group.parents().get(0), "FOR"),
                vote(group.others().get(0), "AGAINST"), vote(group.others().get(1), "AGAINST"),
                vote(group.chair(), "AGAINST"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().get("againstVotes").asInt()).isEqualTo(3);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Api.Call manager() {
        return api.as("manager1");
    }

    private Members newMembers() {
        return membersWithChair(addMember("Chris Chair", "PARENT", true, null));
    }

    private Members membersWithChair(String chair) {
        List<String> parents = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            parents.add(addMember("Parent " + i, "PARENT", false, null));
        }
        List<String> others = new ArrayList<>();
        for (String constituency : List.of("VOLUNTARY_SECTOR", "PRIMARY_HEADS", "SECONDARY_HEADS", "SPECIAL_HEADS",
                "EARLY_YEARS", "HEALTH")) {
            others.add(addMember("Rep " + constituency, constituency, false, null));
        }
        return new Members(chair, parents, others, addMember("LA rep", "LA_SPECIAL_SERVICES", false, null),
                addMember("Service manager", "SERVICE_MANAGER", false, null));
    }

    private String addMember(String name, String constituency, boolean chair, LocalDate joinedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "constituency", constituency, "chair", chair));
        if (joinedOn != null) {
            body.put("joinedOn", joinedOn.toString());
        }
        Api.Response added = manager().post("/api/development-group/members", body);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("memberId").asText();
    }

    private String recordMeeting(List<String> present, List<String> apologies) {
        return recordMeeting(present, apologies, null);
    }

    private String recordMeeting(List<String> present, List<String> apologies, String chairedBy) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "heldOn", TODAY.toString(), "present", present, "apologies", apologies));
        if (chairedBy != null) {
            body.put("chairedBy", chairedBy);
        }
        Api.Response recorded = manager().post("/api/development-group/meetings", body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().get("meetingId").asText();
    }

    private Api.Response decide(String meetingId, Map<?, ?>... votes) {
        return manager().post("/api/development-group/meetings/" + meetingId + "/decisions",
                Map.of("motion", "Adopt the plan", "votes", List.of(votes)));
    }

    private static void appendToTheGroupAsRevision1(String payloadType, String payload) {
        sql(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    SELECT ?, ?, COALESCE(MAX(sequence_number), -1) + 1, 'DevelopmentGroup', ?, ?, NULL, ?, ?
                    FROM domain_event_entry WHERE aggregate_identifier = ?""");
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, GROUP);
            insert.setString(3, java.time.Instant.now().toString());
            insert.setString(4, payloadType);
            insert.setBytes(5, payload.replace("\n", "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert.setBytes(6, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert.setString(7, GROUP);
            return insert.executeUpdate();
        });
    }

    private static Map<String, String> vote(String memberId, String vote) {
        return Map.of("memberId", memberId, "vote", vote);
    }

    private static JsonNode find(Api.Response list, String idField, String id) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return StreamSupport.stream(list.json().spliterator(), false)
                .filter(item -> id.equals(item.path(idField).asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(idField + " " + id + " not in " + list.body()));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.problemType()).as(response.toString()).isEqualTo(type);
    }

    private static void assertInvalid(Api.Response response, String field) {
        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(response.json().path("errors")).as(response.toString())
                .anySatisfy(error -> assertThat(error.path("field").asText()).isEqualTo(field));
    }
}

package org.casebook.domain.developmentgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.domain.developmentgroup.GroupFixtures.*;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Development Group's events are stored for ever as JSON and read by the projections, so their shape is a
 * published contract. Each has an approved JSON document here: changing a field fails this test, which is the moment
 * to add a revision and an upcaster rather than to edit the expected JSON. The mapper is configured like Axon's in
 * the service ({@code EventStoreConfiguration}).
 */
class GroupEventJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String RECORDED_JSON = """
            {"by": "manager1", "at": "2026-11-25T10:00:00Z"}""";

    private static Stream<Named<Object[]>> approvals() {
        return Stream.of(
                approve(memberAdded(CHAIR, Constituency.PARENT, true, JOINED_ON), """
                        {"memberId": "aaaaaaaa-0000-4000-8000-000000000001",
                         "name": "Member 01",
                         "constituency": "PARENT",
                         "chair": true,
                         "joinedOn": "2026-01-05",
                         "recorded": $RECORDED}"""),
                approve(new ChairStoodDown(CHAIR, NEWCOMER, SECOND_MEETING_ON, RECORDED), """
                        {"memberId": "aaaaaaaa-0000-4000-8000-000000000001",
                         "succeededBy": "aaaaaaaa-0000-4000-8000-000000000021",
                         "stoodDownOn": "2026-03-10",
                         "recorded": $RECORDED}"""),
                approve(meetingRecorded(FIRST_MEETING, FIRST_MEETING_ON, List.of(CHAIR, PARENT_1), List.of(EWS)), """
                        {"meetingId": "bbbbbbbb-0000-4000-8000-000000000001",
                         "heldOn": "2026-02-10",
                         "present": ["aaaaaaaa-0000-4000-8000-000000000001", "aaaaaaaa-0000-4000-8000-000000000002"],
                         "apologies": ["aaaaaaaa-0000-4000-8000-000000000015"],
                         "chairedBy": "aaaaaaaa-0000-4000-8000-000000000001",
                         "recorded": $RECORDED}"""),
                approve(left(HEALTH, SECOND_MEETING_ON), """
                        {"memberId": "aaaaaaaa-0000-4000-8000-000000000012",
                         "leftOn": "2026-03-10",
                         "recorded": $RECORDED}"""),
                approve(new MemberLapsed(EWS, THIRD_MEETING, THIRD_MEETING_ON, RECORDED), """
                        {"memberId": "aaaaaaaa-0000-4000-8000-000000000015",
                         "meetingId": "bbbbbbbb-0000-4000-8000-000000000003",
                         "lapsedOn": "2026-05-12",
                         "recorded": $RECORDED}"""),
                approve(new DecisionRecorded(DECISION, FIRST_MEETING, MOTION,
                        List.of(vote(PARENT_1, VoteChoice.FOR), vote(HEALTH, VoteChoice.ABSTAIN)), 2, 0, true,
                        REPORT_REF, REPORT_HASH, RECORDED), """
                        {"decisionId": "dddddddd-0000-4000-8000-000000000001",
                         "meetingId": "bbbbbbbb-0000-4000-8000-000000000001",
                         "motion": "Adopt the revised leaflet for parents of children in early years settings",
                         "votes": [{"memberId": "aaaaaaaa-0000-4000-8000-000000000002", "vote": "FOR"},
                                   {"memberId": "aaaaaaaa-0000-4000-8000-000000000012", "vote": "ABSTAIN"}],
                         "forVotes": 2,
                         "againstVotes": 0,
                         "carried": true,
                         "reportRef": "development-group?academicYear=2025",
                         "reportHash": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                         "recorded": $RECORDED}"""));
    }

    private static Named<Object[]> approve(GroupEvent event, String json) {
        return Named.of(event.getClass().getSimpleName(),
                new Object[] {event, json.replace("$RECORDED", RECORDED_JSON)});
    }

    @ParameterizedTest
    @MethodSource("approvals")
    void storesTheApprovedJsonAndReadsItBack(Object[] approval) throws Exception {
        GroupEvent event = (GroupEvent) approval[0];
        JsonNode expected = MAPPER.readTree((String) approval[1]);

        JsonNode stored = MAPPER.valueToTree(event);
        assertThat(stored).isEqualTo(expected);
        assertThat(MAPPER.treeToValue(expected, event.getClass())).isEqualTo(event);
    }
}

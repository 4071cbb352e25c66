package org.casebook.projections.developmentgroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebook.domain.developmentgroup.Constituency;
import org.casebook.domain.developmentgroup.MeetingId;
import org.casebook.domain.developmentgroup.MeetingRecorded;
import org.casebook.domain.developmentgroup.MemberAdded;
import org.casebook.domain.developmentgroup.MemberId;
import org.casebook.domain.developmentgroup.MemberLeft;
import org.casebook.domain.shared.Recorded;
import org.junit.jupiter.api.Test;

/** The group's minutes as read: feed its events, read its members and meetings. No database. */
class GroupMinutesTest {

    private static final Recorded RECORDED = new Recorded("manager1", Instant.parse("2026-11-25T10:00:00Z"));
    private static final LocalDate JOINED_ON = LocalDate.parse("2026-01-05");
    private static final LocalDate HELD_ON = LocalDate.parse("2026-02-10");
    private static final MemberId CHAIR = MemberId.of("aaaaaaaa-0000-4000-8000-000000000001");
    private static final MemberId PARENT = MemberId.of("aaaaaaaa-0000-4000-8000-000000000002");

    private final GroupMinutes minutes = new GroupMinutes();

    @Test
    void aMeetingShowsWhoChairedIt() {
        joined();
        minutes.apply(meeting(1, List.of(CHAIR, PARENT), PARENT));

        assertThat(minutes.meetings().get(0).chairedBy()).isEqualTo(PARENT.value());
    }

    @Test
    void aMeetingStoredBeforeMeetingsNamedTheirChairShowsTheStandingChairIfPresent() {
        joined();
        minutes.apply(meeting(1, List.of(CHAIR, PARENT), null));
        minutes.apply(meeting(2, List.of(PARENT), null));

        assertThat(minutes.meetings()).extracting(MeetingView::chairedBy).containsExactly(CHAIR.value(), null);
    }

    @Test
    void aMemberWhoLeftIsNoLongerActiveNorTheChair() {
        joined();
        minutes.apply(new MemberLeft(CHAIR, HELD_ON, RECORDED));

        MemberView chair = minutes.member(CHAIR.value()).orElseThrow();
        assertThat(chair.active()).isFalse();
        assertThat(chair.chair()).isFalse();
        assertThat(chair.leftOn()).isEqualTo(HELD_ON);
        assertThat(minutes.member(PARENT.value()).orElseThrow().active()).isTrue();
    }

    private void joined() {
        minutes.apply(new MemberAdded(CHAIR, "Chris Chair", Constituency.PARENT, true, JOINED_ON, RECORDED));
        minutes.apply(new MemberAdded(PARENT, "Pat Parent", Constituency.PARENT, false, JOINED_ON, RECORDED));
    }

    private static MeetingRecorded meeting(int n, List<MemberId> present, MemberId chairedBy) {
        return new MeetingRecorded(MeetingId.of("bbbbbbbb-0000-4000-8000-00000000000" + n), HELD_ON, present, List.of(),
                chairedBy, RECORDED);
    }
}

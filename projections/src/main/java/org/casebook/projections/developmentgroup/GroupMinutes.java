package org.casebook.projections.developmentgroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.domain.developmentgroup.ChairStoodDown;
import org.casebook.domain.developmentgroup.DecisionRecorded;
import org.casebook.domain.developmentgroup.GroupEvent;
import org.casebook.domain.developmentgroup.MeetingRecorded;
import org.casebook.domain.developmentgroup.MemberAdded;
import org.casebook.domain.developmentgroup.MemberId;
import org.casebook.domain.developmentgroup.MemberLapsed;
import org.casebook.domain.developmentgroup.MemberLeft;

/** The group's record folded from its events, in the order they were recorded. */
public class GroupMinutes {

    private final Map<String, MemberView> members = new LinkedHashMap<>();
    private final Map<String, MeetingView> meetings = new LinkedHashMap<>();
    private final Map<String, DecisionView> decisions = new LinkedHashMap<>();

    void apply(GroupEvent event) {
        if (event instanceof MemberAdded added) {
            members.put(added.memberId().value(), new MemberView(added.memberId().value(), added.name(),
                    added.constituency(), added.chair(), true, added.joinedOn(), null, null));
        } else if (event instanceof ChairStoodDown stoodDown) {
            members.computeIfPresent(stoodDown.memberId().value(), (id, member) -> member.standDown());
        } else if (event instanceof MemberLapsed lapsed) {
            members.computeIfPresent(lapsed.memberId().value(), (id, member) -> member.lapsed(lapsed.lapsedOn()));
        } else if (event instanceof MemberLeft left) {
            members.computeIfPresent(left.memberId().value(), (id, member) -> member.left(left.leftOn()));
        } else if (event instanceof MeetingRecorded meeting) {
            meetings.put(meeting.meetingId().value(), new MeetingView(meeting.meetingId().value(), meeting.heldOn(),
                    ids(meeting.present()), ids(meeting.apologies()), chairedBy(meeting)));
        } else if (event instanceof DecisionRecorded decision) {
            decisions.put(decision.decisionId().value(), decisionView(decision));
        }
    }

    public List<MemberView> members() {
        return List.copyOf(members.values());
    }

    public List<MeetingView> meetings() {
        return List.copyOf(meetings.values());
    }

    public List<DecisionView> decisions() {
        return List.copyOf(decisions.values());
    }

    public Optional<MemberView> member(String memberId) {
        return Optional.ofNullable(members.get(memberId));
    }

    public Optional<MeetingView> meeting(String meetingId) {
        return Optional.ofNullable(meetings.get(meetingId));
    }

    public Optional<DecisionView> decision(String decisionId) {
        return Optional.ofNullable(decisions.get(decisionId));
    }

    /** Who chaired; for a revision-1 meeting, which did not say, the standing chair if they attended. */
    private String chairedBy(MeetingRecorded meeting) {
        if (meeting.chairedBy() != null) {
            return meeting.chairedBy().value();
        }
        List<String> present = ids(meeting.present());
        return members.values().stream()
                .filter(member -> member.chair() && present.contains(member.memberId()))
                .map(MemberView::memberId)
                .findFirst().orElse(null);
    }

    private static DecisionView decisionView(DecisionRecorded decision) {
        List<VoteView> votes = decision.votes().stream()
                .map(vote -> new VoteView(vote.memberId().value(), vote.vote()))
                .toList();
        return new DecisionView(decision.decisionId().value(), decision.meetingId().value(), decision.motion(),
                votes, decision.forVotes(), decision.againstVotes(), decision.carried(), votes.isEmpty(),
                decision.reportRef(), decision.reportHash(), decision.recorded().at());
    }

    private static List<String> ids(List<MemberId> members) {
        List<String> ids = new ArrayList<>(members.size());
        members.forEach(id -> ids.add(id.value()));
        return List.copyOf(ids);
    }
}

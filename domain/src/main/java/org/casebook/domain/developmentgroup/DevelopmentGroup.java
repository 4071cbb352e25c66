package org.casebook.domain.developmentgroup;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The Development Group's record: its members, its meetings and the decisions taken at them [002 §8]. There is one
 * group, so one stream with a fixed identifier; the first command recorded creates it. It decides whether a command
 * may be recorded, applies the events that record it, and changes its own state only from those events.
 *
 * <p>Handlers return the group version after the command (the number of events on the stream), which the HTTP
 * layer sends as the ETag.
 */
public class DevelopmentGroup {

    /** The stream of the one Development Group the service has. */
    public static final String ID = "development-group";

    @AggregateIdentifier
    private String groupId = ID;
    private final Membership membership = new Membership();
    private final Map<MeetingId, Sitting> meetings = new HashMap<>();
    private LocalDate latestMeetingOn;

    public DevelopmentGroup() {
        // Axon creates the group through this constructor on its first command, and rebuilds it from its events.
    }

    /**
     * Adds a member to a free seat [002 §8.9]. The group has one chair at a time [002 §8.15]: adding a new chair
     * while another holds the chair hands it over (the group elected someone else), and the previous chair stays on
     * as a parent member. We record the hand-over rather than refuse it, because refusing would leave staff no way to
     * record a new chair.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(AddMember command) {
        admit(command);
        GroupCheck.notInFuture("joinedOn", command.joinedOn(), command.actor().today());
        Seats.check(membership, command.constituency(), command.chair());
        if (command.chair()) {
            membership.chair().ifPresent(previous -> apply(new ChairStoodDown(previous, command.memberId(),
                    command.joinedOn(), command.actor().recorded())));
        }
        apply(new MemberAdded(command.memberId(), command.name(), command.constituency(), command.chair(),
                command.joinedOn(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RecordMeeting command) {
        admit(command);
        GroupCheck.notInFuture("heldOn", command.heldOn(), command.actor().today());
        if (latestMeetingOn != null && command.heldOn().isBefore(latestMeetingOn)) {
            throw new MeetingOutOfOrder("heldOn is before the latest recorded meeting; meetings are recorded in"
                    + " the order they were held");
        }
        requireMembersBy("present", command.present(), command.heldOn());
        requireMembersBy("apologies", command.apologies(), command.heldOn());
        MemberId chairedBy = chairOf(command);
        List<MemberId> lapsing = membership.lapsingAt(command.heldOn(), command.present(), command.apologies());
        apply(new MeetingRecorded(command.meetingId(), command.heldOn(), command.present(), command.apologies(),
                chairedBy, command.actor().recorded()));
        lapsing.forEach(memberId -> apply(new MemberLapsed(memberId, command.meetingId(), command.heldOn(),
                command.actor().recorded())));
        return version();
    }

    /**
     * Records that a member left, which frees their seat [002 §8.9]. The day cannot be before they joined, nor
     * before a meeting the minutes show them attending.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RecordDeparture command) {
        admit(command);
        GroupCheck.notInFuture("leftOn", command.leftOn(), command.actor().today());
        LocalDate joinedOn = membership.joinedOn(command.memberId())
                .orElseThrow(() -> new GroupRecordNotFound("member"));
        if (!membership.isMember(command.memberId())) {
            throw new MemberAlreadyLeft("the member has already left the group or lapsed");
        }
        if (command.leftOn().isBefore(joinedOn)) {
            throw new InvalidGroupCommand("leftOn", "must not be before the member joined");
        }
        if (membership.lastAttendedOn(command.memberId()).filter(command.leftOn()::isBefore).isPresent()) {
            throw new InvalidGroupCommand("leftOn", "must not be before a meeting the member attended");
        }
        apply(new MemberLeft(command.memberId(), command.leftOn(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public DecisionOutcome handle(RecordDecision command) {
        admit(command);
        Sitting sitting = meetings.get(command.meetingId());
        if (sitting == null) {
            throw new GroupRecordNotFound("meeting");
        }
        Quorum.check(sitting);
        Tally tally = MajorityVote.count(command.votes(), sitting, membership::isKnown);
        apply(new DecisionRecorded(command.decisionId(), command.meetingId(), command.motion(), command.votes(),
                tally.forVotes(), tally.againstVotes(), tally.carried(), command.reportRef(), command.reportHash(),
                command.actor().recorded()));
        return new DecisionOutcome(version(), tally.forVotes(), tally.againstVotes(), tally.carried());
    }

    private static void admit(GroupCommand command) {
        Long expected = command.expectedVersion();
        if (expected != null && expected != version()) {
            throw new GroupVersionMismatch(expected, version());
        }
    }

    /** Minutes name members only: each id must be a member who had joined by the day of the meeting. */
    private void requireMembersBy(String field, List<MemberId> ids, LocalDate heldOn) {
        for (MemberId id : ids) {
            LocalDate joinedOn = membership.joinedOn(id)
                    .orElseThrow(() -> new InvalidGroupCommand(field, "names someone who is not a member"));
            if (joinedOn.isAfter(heldOn)) {
                throw new InvalidGroupCommand(field, "names a member who joined after the meeting");
            }
        }
    }

    /**
     * Who chaired: a parent member who was present [002 §8.15]; the standing chair unless the minutes say otherwise,
     * and someone the minutes must name when the standing chair was absent. Presence is checked by the command.
     */
    private MemberId chairOf(RecordMeeting command) {
        MemberId chairedBy = command.chairedBy();
        if (chairedBy == null) {
            return membership.chair().filter(command.present()::contains)
                    .orElseThrow(() -> new InvalidGroupCommand("chairedBy",
                            "is required when the standing chair is not present"));
        }
        if (!membership.isMember(chairedBy)) {
            throw new InvalidGroupCommand("chairedBy", "must name someone who is a member of the group");
        }
        if (membership.constituencyOf(chairedBy).orElseThrow() != Constituency.PARENT) {
            throw new InvalidGroupCommand("chairedBy", "must name a parent member");
        }
        return chairedBy;
    }

    /** The number of events on the group's stream, counting those applied by the command being handled. */
    private static long version() {
        Long lastSequenceNumber = AggregateLifecycle.getVersion();
        return lastSequenceNumber == null ? 0 : lastSequenceNumber + 1;
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        membership.added(event);
    }

    @EventSourcingHandler
    void on(ChairStoodDown event) {
        membership.chairStoodDown(event);
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        // The sitting is taken before absences are counted: whoever is present has not lapsed at this meeting.
        // A revision-1 meeting names nobody as chairing: the standing chair did, if present.
        MemberId chairedBy = event.chairedBy() != null ? event.chairedBy()
                : membership.chair().filter(event.present()::contains).orElse(null);
        meetings.put(event.meetingId(), new Sitting(event.heldOn(), membership.seatsOf(event.present()), chairedBy));
        membership.meetingHeld(event);
        latestMeetingOn = event.heldOn();
    }

    @EventSourcingHandler
    void on(MemberLapsed event) {
        membership.lapsed(event);
    }

    @EventSourcingHandler
    void on(MemberLeft event) {
        membership.left(event);
    }
}

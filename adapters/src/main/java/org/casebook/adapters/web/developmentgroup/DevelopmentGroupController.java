package org.casebook.adapters.web.developmentgroup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.casebook.adapters.web.http.CommandRequests;
import org.casebook.adapters.web.http.CommandResult;
import org.casebook.adapters.web.http.PathIds;
import org.casebook.application.developmentgroup.DecisionResult;
import org.casebook.application.developmentgroup.GroupBusiness;
import org.casebook.domain.developmentgroup.AddMember;
import org.casebook.domain.developmentgroup.Constituency;
import org.casebook.domain.developmentgroup.DecisionId;
import org.casebook.domain.developmentgroup.DecisionOutcome;
import org.casebook.domain.developmentgroup.GroupCommand;
import org.casebook.domain.developmentgroup.GroupRecordNotFound;
import org.casebook.domain.developmentgroup.InvalidGroupCommand;
import org.casebook.domain.developmentgroup.MeetingId;
import org.casebook.domain.developmentgroup.MemberId;
import org.casebook.domain.developmentgroup.RecordDeparture;
import org.casebook.domain.developmentgroup.RecordMeeting;
import org.casebook.domain.developmentgroup.Vote;
import org.casebook.domain.developmentgroup.VoteChoice;
import org.casebook.projections.developmentgroup.DecisionView;
import org.casebook.projections.developmentgroup.DevelopmentGroupReader;
import org.casebook.projections.developmentgroup.MeetingView;
import org.casebook.projections.developmentgroup.MemberView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Development Group's members, meetings and decisions [002 §8]. Managers record them, as the service's staff
 * take the group's minutes [002 §8.15]; managers and the group read them. Commands go through {@link GroupBusiness}
 * and honour Idempotency-Key and If-Match like every command of the service ({@link CommandRequests}); the ETag is
 * the version of the group's one event stream.
 */
@RestController
@RequestMapping("/api/development-group")
@Tag(name = "Development Group", description = "Members, meetings and decisions under the group's voting and quorum"
        + " rules [002 §8.12, §8.17, §8.18]")
public class DevelopmentGroupController {

    private static final String BASE = "/api/development-group";

    private final GroupBusiness business;
    private final DevelopmentGroupReader reader;
    private final CommandRequests commands;

    DevelopmentGroupController(GroupBusiness business, DevelopmentGroupReader reader, CommandRequests commands) {
        this.business = business;
        this.reader = reader;
        this.commands = commands;
    }

    public record MemberRequest(
            @Schema(description = "The member's name (personal data)") String name,
            Constituency constituency,
            @Schema(description = "True to make this member the standing chair; only a PARENT member may chair"
                    + " [002 §8.15]. A new chair takes over from the current one, who stays on as a parent member"
                    + " and so needs a free parent seat.")
            Boolean chair,
            @Schema(description = "Extension: the day they joined, not in the future; today when left out. Only"
                    + " meetings held after it count towards the three-absences rule [002 §8.12].")
            LocalDate joinedOn) {
    }

    // Named apart from casework's MeetingRequest and DecisionRequest: springdoc names schemas by simple class name,
    // and two bodies under one name made /v3/api-docs describe one operation with the other's body.
    @Schema(name = "GroupMeetingRequest")
    public record MeetingRequest(
            @Schema(description = "Not in the future (Europe/London) and not before the latest recorded meeting")
            LocalDate heldOn,
            @Schema(description = "Member ids of those who attended; at least one") List<String> present,
            @Schema(description = "Member ids of those who sent apologies in advance; none of them present")
            List<String> apologies,
            @Schema(description = "Member id of the parent member who chaired; one of those present [002 §8.15]."
                    + " Defaults to the standing chair; required when the standing chair is not present. The quorum"
                    + " leaves them out and only they have the casting vote.")
            String chairedBy) {
    }

    public record DepartureRequest(
            @Schema(description = "The day the member left; not in the future, not before they joined, not before"
                    + " a meeting they attended")
            LocalDate leftOn) {
    }

    public record VoteRequest(String memberId, VoteChoice vote) {
    }

    @Schema(name = "GroupDecisionRequest")
    public record DecisionRequest(
            @Schema(description = "The motion decided (free text)") String motion,
            @Schema(description = "Each member's vote; empty or left out for a decision reached by consensus")
            List<VoteRequest> votes,
            @Schema(description = "The report the group reviewed, e.g. development-group?academicYear=2025; its"
                    + " SHA-256 as generated now is stored with the decision")
            String reportRef) {
    }

    @Schema(description = "The decision recorded and its count")
    public record DecisionTaken(
            String decisionId,
            @Schema(description = "Weighted votes for > weighted votes against; true for a consensus decision")
            boolean carried,
            @Schema(description = "Weighted total for: each PARENT member's vote counts 2, every other voting"
                    + " member's 1, the chair's casting vote (only on a tie) 1; abstentions 0")
            int forVotes,
            @Schema(description = "Weighted total against, counted like forVotes") int againstVotes,
            @Schema(description = "True when no votes were cast: a decision reached by consensual agreement")
            boolean consensus,
            @Schema(description = "Lowercase hex SHA-256 of the report named by reportRef, or null")
            String reportHash) {
    }

    @PostMapping("/members")
    @Operation(summary = "Add a member of the Development Group [002 §8.9]",
            description = "201 {memberId}. Seats: the chair, five other PARENT members, and one member for each"
                    + " other constituency; adding to a full seat is 409 /problems/no-seat until its holder lapses or"
                    + " leaves. Only a PARENT member may be the chair; adding a chair while another holds the chair"
                    + " hands it over.")
    public ResponseEntity<Object> addMember(@RequestBody MemberRequest request, HttpServletRequest http) {
        MemberId memberId = MemberId.random();
        return record(http, request, caller -> new AddMember(memberId, request.name(), request.constituency(),
                Boolean.TRUE.equals(request.chair()), request.joinedOn(), caller.actor(), caller.expectedVersion()),
                version -> CommandResult.created(body("memberId", memberId.value()), version,
                        BASE + "/members/" + memberId.value()));
    }

    @PostMapping("/members/{memberId}/departure")
    @Operation(summary = "Record that a member left the group, freeing their seat [002 §8.9]",
            description = "201 {memberId}. From leftOn the member neither votes nor counts for quorum; a chair who"
                    + " leaves leaves the chair empty. 404 for an unknown member; 409"
                    + " /problems/member-already-left when they already left or lapsed [002 §8.12].")
    public ResponseEntity<Object> recordDeparture(@PathVariable String memberId,
                                                  @RequestBody DepartureRequest request, HttpServletRequest http) {
        MemberId member = PathIds.parse(memberId, MemberId::of, () -> new GroupRecordNotFound("member"));
        return record(http, request, caller -> new RecordDeparture(member, request.leftOn(), caller.actor(),
                caller.expectedVersion()),
                version -> CommandResult.created(body("memberId", member.value()), version, null));
    }

    @PostMapping("/meetings")
    @Operation(summary = "Record a meeting: who attended and who sent apologies",
            description = "201 {meetingId}. Every member who is neither present nor sending apologies was absent;"
                    + " a member absent without apologies from three meetings in a row held after they joined stops"
                    + " being a member [002 §8.12]. chairedBy defaults to the standing chair and is required (400)"
                    + " when the standing chair is not present. 409 /problems/date-out-of-order for a meeting held"
                    + " before the latest recorded one.")
    public ResponseEntity<Object> recordMeeting(@RequestBody MeetingRequest request, HttpServletRequest http) {
        MeetingId meetingId = MeetingId.random();
        return record(http, request, caller -> new RecordMeeting(meetingId, request.heldOn(),
                        memberIds("present", request.present()), memberIds("apologies", request.apologies()),
                        request.chairedBy() == null ? null : memberId("chairedBy", request.chairedBy()),
                        caller.actor(), caller.expectedVersion()),
                version -> CommandResult.created(body("meetingId", meetingId.value()), version,
                        BASE + "/meetings/" + meetingId.value()));
    }

    @PostMapping("/meetings/{meetingId}/decisions")
    @Operation(summary = "Record a decision taken at a meeting [002 §8.17, §8.18]",
            description = "forVotes and againstVotes are WEIGHTED totals: each PARENT member's vote counts twice,"
                    + " every other voting member's once, abstentions not at all. Staff (SERVICE_MANAGER,"
                    + " PRACTICE_MANAGER, PSACO [002 §5.2]) and LA_SPECIAL_SERVICES cannot vote, nor can anyone not"
                    + " present or no longer a member: 409 /problems/not-entitled-to-vote. Whoever chaired the meeting"
                    + " (its chairedBy) votes only when the others' weighted totals are tied, and that casting vote"
                    + " (counted once) decides; otherwise their vote is 409 /problems/not-entitled-to-vote. A standing"
                    + " chair who attended but did not chair votes as a parent. carried = forVotes > againstVotes; an"
                    + " empty votes list records a consensus decision, which is carried. Every decision needs a"
                    + " quorate meeting: at least 8 members eligible to vote present besides whoever chaired, at least"
                    + " 3 of them parents and 5 not, else 409 /problems/not-quorate.",
            responses = @ApiResponse(responseCode = "201", description = "Recorded",
                    content = @Content(schema = @Schema(implementation = DecisionTaken.class))))
    public ResponseEntity<Object> recordDecision(@PathVariable String meetingId,
                                                 @RequestBody DecisionRequest request, HttpServletRequest http) {
        MeetingId meeting = PathIds.parse(meetingId, MeetingId::of, () -> new GroupRecordNotFound("meeting"));
        DecisionId decisionId = DecisionId.random();
        return commands.run(http, request, caller -> {
            DecisionResult taken = business.decide(meeting, decisionId, request.motion(), votes(request.votes()),
                    request.reportRef(), caller.actor(), caller.expectedVersion());
            DecisionOutcome outcome = taken.outcome();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("decisionId", decisionId.value());
            body.put("meetingId", meeting.value());
            body.put("carried", outcome.carried());
            body.put("forVotes", outcome.forVotes());
            body.put("againstVotes", outcome.againstVotes());
            body.put("consensus", taken.consensus());
            body.put("reportRef", request.reportRef());
            body.put("reportHash", taken.decision().reportHash());
            return CommandResult.created(body, outcome.version(), BASE + "/decisions/" + decisionId.value());
        });
    }

    @GetMapping("/members")
    @Operation(summary = "Every member, in the order they joined; active is false once they stopped being a member")
    public List<MemberView> members() {
        return reader.minutes().members();
    }

    @GetMapping("/members/{memberId}")
    @Operation(summary = "One member")
    public MemberView member(@PathVariable String memberId) {
        return reader.minutes().member(memberId).orElseThrow(() -> new GroupRecordNotFound("member"));
    }

    @GetMapping("/meetings")
    @Operation(summary = "Every meeting, in the order recorded (which is the order held)")
    public List<MeetingView> meetings() {
        return reader.minutes().meetings();
    }

    @GetMapping("/meetings/{meetingId}")
    @Operation(summary = "One meeting")
    public MeetingView meeting(@PathVariable String meetingId) {
        return reader.minutes().meeting(meetingId).orElseThrow(() -> new GroupRecordNotFound("meeting"));
    }

    @GetMapping("/decisions")
    @Operation(summary = "Extension: every decision, in the order recorded, with weighted forVotes/againstVotes"
            + " (parents' votes count twice, the chair's casting vote once) and the reviewed report's hash")
    public List<DecisionView> decisions() {
        return reader.minutes().decisions();
    }

    @GetMapping("/decisions/{decisionId}")
    @Operation(summary = "One decision")
    public DecisionView decision(@PathVariable String decisionId) {
        return reader.minutes().decision(decisionId).orElseThrow(() -> new GroupRecordNotFound("decision"));
    }

    /** Records a command that answers the group version, with If-Match and Idempotency-Key honoured. */
    private ResponseEntity<Object> record(HttpServletRequest http, Object request,
                                          Function<CommandRequests.Caller, GroupCommand> command,
                                          Function<Long, CommandResult> result) {
        return commands.run(http, request, caller -> result.apply(business.record(command.apply(caller))));
    }

    private static List<MemberId> memberIds(String field, List<String> values) {
        if (values == null) {
            return null;
        }
        List<MemberId> ids = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            ids.add(memberId(field + "[" + i + "]", values.get(i)));
        }
        return ids;
    }

    private static List<Vote> votes(List<VoteRequest> requests) {
        if (requests == null) {
            return List.of();
        }
        List<Vote> votes = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            VoteRequest request = requests.get(i);
            String field = "votes[" + i + "]";
            if (request == null) {
                throw new InvalidGroupCommand(field, "is required");
            }
            if (request.vote() == null) {
                throw new InvalidGroupCommand(field + ".vote", "is required");
            }
            votes.add(new Vote(memberId(field + ".memberId", request.memberId()), request.vote()));
        }
        return votes;
    }

    private static MemberId memberId(String field, String value) {
        if (value == null) {
            throw new InvalidGroupCommand(field, "is required");
        }
        try {
            return MemberId.of(value);
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidGroupCommand(field, "is not a member id");
        }
    }

    private static Map<String, Object> body(String key, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, value);
        return body;
    }
}

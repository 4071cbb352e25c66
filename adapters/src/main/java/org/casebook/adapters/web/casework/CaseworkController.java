package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.casebook.domain.casework.AllocateSupporter;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.ConfirmConveyedViews;
import org.casebook.domain.casework.MeetingId;
import org.casebook.domain.casework.MeetingSupport;
import org.casebook.domain.casework.MeetingType;
import org.casebook.domain.casework.RecordContact;
import org.casebook.domain.casework.SupportMeeting;
import org.casebook.domain.casework.SupporterRole;
import org.casebook.domain.casework.WriteCaseNote;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Day-to-day casework: notes, contacts, allocation to a supporter, meetings supported. */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Cases: commands")
public class CaseworkController {

    private final CaseCommandEndpoint endpoint;

    CaseworkController(CaseCommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public record NoteRequest(LocalDate writtenOn, String text) {
    }

    public record ContactRequest(LocalDate contactOn, Channel channel) {
    }

    public record SupporterRequest(String username, SupporterRole role) {
    }

    public record MeetingRequest(MeetingType meetingType, LocalDate heldOn, Set<MeetingSupport> support,
                                 Boolean viewsConveyedForParent, Boolean conveyedViewsConfirmedWithParent,
                                 Boolean notesOfferedToParent, Boolean inHouseDeclarationGiven) {
    }

    @PostMapping("/notes")
    @Operation(summary = "Write a casework note; level 2 only, with record-keeping consent live on writtenOn")
    public ResponseEntity<Object> note(@PathVariable String caseId, @RequestBody NoteRequest request,
                                       HttpServletRequest http) {
        return endpoint.created(http, caseId, request, c -> new WriteCaseNote(c.caseId(), request.writtenOn(),
                request.text(), c.actor(), c.expectedVersion()), Map.of());
    }

    @PostMapping("/contacts")
    @Operation(summary = "Record a further contact with the parent (drives the evaluation schedule)")
    public ResponseEntity<Object> contact(@PathVariable String caseId, @RequestBody ContactRequest request,
                                          HttpServletRequest http) {
        return endpoint.created(http, caseId, request, c -> new RecordContact(c.caseId(), request.contactOn(),
                request.channel(), c.actor(), c.expectedVersion()), Map.of());
    }

    @PostMapping("/supporter")
    @Operation(summary = "Allocate the case to a supporter; replaces any earlier allocation")
    public ResponseEntity<Object> allocate(@PathVariable String caseId, @RequestBody SupporterRequest request,
                                           HttpServletRequest http) {
        return endpoint.created(http, caseId, request, c -> new AllocateSupporter(c.caseId(), request.username(),
                request.role(), c.actor(), c.expectedVersion()), Map.of());
    }

    @PostMapping("/meetings")
    @Operation(summary = "Record a meeting the supporter helped with; counts as a contact [002 §4.6]. Level-2"
            + " work [002 §5.8]. TRIBUNAL, EXCLUSION_APPEAL and ADMISSION_APPEAL are staff only and need"
            + " inHouseDeclarationGiven: true [002 §4.7, §4.8]")
    public ResponseEntity<Object> meeting(@PathVariable String caseId, @RequestBody MeetingRequest request,
                                          HttpServletRequest http) {
        MeetingId meetingId = MeetingId.random();
        return endpoint.created(http, caseId, request, c -> new SupportMeeting(c.caseId(), meetingId,
                request.meetingType(), request.heldOn(), request.support(), isTrue(request.viewsConveyedForParent()),
                isTrue(request.conveyedViewsConfirmedWithParent()), isTrue(request.notesOfferedToParent()),
                isTrue(request.inHouseDeclarationGiven()), c.actor(), c.expectedVersion()), Map.of("meetingId", meetingId.value()));
    }

    public record ViewsConfirmationRequest(LocalDate confirmedOn) {
    }

    @PostMapping("/meetings/{meetingId}/views-confirmation")
    @Operation(summary = "Record that views conveyed for the parent at a meeting were confirmed with them [002 §4.6]")
    public ResponseEntity<Object> confirmViews(@PathVariable String caseId, @PathVariable String meetingId,
                                               @RequestBody ViewsConfirmationRequest request,
                                               HttpServletRequest http) {
        MeetingId id = Ids.meeting(meetingId);
        return endpoint.created(http, caseId, request, c -> new ConfirmConveyedViews(c.caseId(), id,
                request.confirmedOn(), c.actor(), c.expectedVersion()), Map.of("meetingId", id.value()));
    }

    static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}

package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.casebook.domain.casework.AnswerComplaint;
import org.casebook.domain.casework.ComplaintId;
import org.casebook.domain.casework.ComplaintResponses;
import org.casebook.domain.casework.EscalateComplaint;
import org.casebook.domain.casework.ReceiveComplaint;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Complaints, answered in writing within 5 working days [002 §10]. */
@RestController
@RequestMapping("/api/cases/{caseId}/complaints")
@Tag(name = "Cases: commands")
public class ComplaintController {

    private final CaseCommandEndpoint endpoint;

    ComplaintController(CaseCommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public record ComplaintRequest(LocalDate receivedOn, String summary) {
    }

    public record ResponseRequest(LocalDate respondedOn, Boolean escalated) {
    }

    public record EscalationRequest(LocalDate escalatedOn) {
    }

    @PostMapping
    @Operation(summary = "Record a complaint; answers with the date its response is due. On a level-1 case leave"
            + " summary out (409 /problems/free-text-needs-consent) [002 §5.8]")
    public ResponseEntity<Object> receive(@PathVariable String caseId, @RequestBody ComplaintRequest request,
                                          HttpServletRequest http) {
        ComplaintId complaintId = ComplaintId.random();
        // The due date only once the case has accepted the date: the calendar knows no year before the service's.
        return endpoint.createdFromResult(http, caseId, request, c -> new ReceiveComplaint(c.caseId(), complaintId,
                request.receivedOn(), request.summary(), c.actor(), c.expectedVersion()),
                result -> Map.of("complaintId", complaintId.value(), "responseDueOn",
                        ComplaintResponses.dueOn(request.receivedOn())));
    }

    @PostMapping("/{complaintId}/response")
    @Operation(summary = "Record the written response to a complaint; a closed case still takes it [002 §10]")
    public ResponseEntity<Object> respond(@PathVariable String caseId, @PathVariable String complaintId,
                                          @RequestBody ResponseRequest request, HttpServletRequest http) {
        ComplaintId id = Ids.complaint(complaintId);
        return endpoint.created(http, caseId, request, c -> new AnswerComplaint(c.caseId(), id,
                request.respondedOn(), CaseworkController.isTrue(request.escalated()), c.actor(),
                c.expectedVersion()), Map.of("complaintId", id.value()));
    }

    @PostMapping("/{complaintId}/escalation")
    @Operation(summary = "Record that the parent was still dissatisfied after the response and the complaint went to"
            + " the Head of the Branch [002 §10]",
            description = "Once per complaint, and only after its response: 409 /problems/complaint-not-answered"
                    + " before it, 409 /problems/complaint-already-escalated the second time (a response sent with"
                    + " escalated: true counts). Accepted on a closed case.")
    public ResponseEntity<Object> escalate(@PathVariable String caseId, @PathVariable String complaintId,
                                           @RequestBody EscalationRequest request, HttpServletRequest http) {
        ComplaintId id = Ids.complaint(complaintId);
        return endpoint.created(http, caseId, request, c -> new EscalateComplaint(c.caseId(), id,
                request.escalatedOn(), c.actor(), c.expectedVersion()), Map.of("complaintId", id.value()));
    }
}

package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.casebook.domain.casework.ConcernId;
import org.casebook.domain.casework.ImpartialityRating;
import org.casebook.domain.casework.ReturnEvaluation;
import org.casebook.domain.casework.SendEvaluationRequest;
import org.casebook.domain.casework.Usefulness;
import org.casebook.domain.casework.WentWell;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The 6-monthly casework evaluation [002 §10, App. D]. */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Cases: commands")
public class EvaluationController {

    private final CaseCommandEndpoint endpoint;

    EvaluationController(CaseCommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public record EvaluationRequestSent(LocalDate sentOn) {
    }

    public record EvaluationForm(LocalDate returnedOn, Set<WentWell> wentWell, Usefulness usefulness,
                                 ImpartialityRating impartial, String couldDoBetter, String otherComments,
                                 Boolean willingToBeContacted) {
    }

    @PostMapping("/evaluation-requests")
    @Operation(summary = "Record that the evaluation form was sent")
    public ResponseEntity<Object> request(@PathVariable String caseId, @RequestBody EvaluationRequestSent request,
                                          HttpServletRequest http) {
        return endpoint.created(http, caseId, request, c -> new SendEvaluationRequest(c.caseId(), request.sentOn(),
                c.actor(), c.expectedVersion()), Map.of());
    }

    @PostMapping("/evaluations")
    @Operation(summary = "Record the evaluation form the parent returned; impartial NO also raises an impartiality concern, whose concernId is returned")
    public ResponseEntity<Object> evaluation(@PathVariable String caseId, @RequestBody EvaluationForm form,
                                             HttpServletRequest http) {
        // "No" to impartiality raises a concern by itself [002 §4.4, App. D]; its id lets it be followed up.
        ConcernId concernId = form.impartial() == ImpartialityRating.NO ? ConcernId.random() : null;
        return endpoint.created(http, caseId, form, c -> new ReturnEvaluation(c.caseId(), form.returnedOn(),
                form.wentWell(), form.usefulness(), form.impartial(), form.couldDoBetter(), form.otherComments(),
                CaseworkController.isTrue(form.willingToBeContacted()), concernId, c.actor(), c.expectedVersion()),
                concernId == null ? Map.of() : Map.of("concernId", concernId.value()));
    }
}

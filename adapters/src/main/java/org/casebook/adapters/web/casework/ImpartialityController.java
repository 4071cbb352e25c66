package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.casebook.domain.casework.ConcernId;
import org.casebook.domain.casework.GiveSignposting;
import org.casebook.domain.casework.Organisation;
import org.casebook.domain.casework.RaiseImpartialityConcern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A parent questioning impartiality is answered by signposting to independent organisations [002 §4.4]. */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Cases: commands")
public class ImpartialityController {

    private final CaseCommandEndpoint endpoint;

    ImpartialityController(CaseCommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public record ConcernRequest(LocalDate raisedOn, String detail) {
    }

    public record SignpostingRequest(LocalDate givenOn, Set<Organisation> organisations, String organisationName) {
    }

    @PostMapping("/impartiality-concerns")
    @Operation(summary = "Record that the parent questioned the service's impartiality; a closed case still takes"
            + " it. On a level-1 case leave detail out (409 /problems/free-text-needs-consent) [002 §4.4, §5.8]")
    public ResponseEntity<Object> concern(@PathVariable String caseId, @RequestBody ConcernRequest request,
                                          HttpServletRequest http) {
        ConcernId concernId = ConcernId.random();
        return endpoint.created(http, caseId, request, c -> new RaiseImpartialityConcern(c.caseId(), concernId,
                request.raisedOn(), request.detail(), c.actor(), c.expectedVersion()),
                Map.of("concernId", concernId.value()));
    }

    @PostMapping("/signposting")
    @Operation(summary = "Record signposting to other organisations")
    public ResponseEntity<Object> signposting(@PathVariable String caseId, @RequestBody SignpostingRequest request,
                                              HttpServletRequest http) {
        return endpoint.created(http, caseId, request, c -> new GiveSignposting(c.caseId(), request.givenOn(),
                request.organisations(), request.organisationName(), c.actor(), c.expectedVersion()), Map.of());
    }
}

package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.casebook.domain.casework.CloseCase;
import org.casebook.domain.casework.ReopenCase;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Cases: commands")
public class CaseLifecycleController {

    private final CaseCommandEndpoint endpoint;

    CaseLifecycleController(CaseCommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public record ClosureRequest(LocalDate closedOn, String reason) {
    }

    public record ReopeningRequest(LocalDate reopenedOn) {
    }

    @PostMapping("/closure")
    @Operation(summary = "Close the case; afterwards it takes a reopening, the data-protection actions and the"
            + " follow-up of its casework (evaluations, complaint responses, signposting, impartiality concerns,"
            + " views confirmation), and nothing else (409 /problems/case-closed)")
    public ResponseEntity<Object> close(@PathVariable String caseId, @RequestBody ClosureRequest request,
                                        HttpServletRequest http) {
        return endpoint.created(http, caseId, request, c -> new CloseCase(c.caseId(), request.closedOn(),
                request.reason(), c.actor(), c.expectedVersion()), Map.of("status", "CLOSED"));
    }

    @PostMapping("/reopening")
    @Operation(summary = "Reopen a closed case")
    public ResponseEntity<Object> reopen(@PathVariable String caseId, @RequestBody ReopeningRequest request,
                                         HttpServletRequest http) {
        return endpoint.created(http, caseId, request, c -> new ReopenCase(c.caseId(), request.reopenedOn(),
                c.actor(), c.expectedVersion()), Map.of("status", "OPEN"));
    }
}

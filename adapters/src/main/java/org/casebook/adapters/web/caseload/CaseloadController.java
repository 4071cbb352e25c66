package org.casebook.adapters.web.caseload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casebook.adapters.security.CurrentActor;
import org.casebook.adapters.web.http.InvalidQuery;
import org.casebook.domain.shared.Actor;
import org.casebook.projections.caseload.CaseloadEntry;
import org.casebook.projections.caseload.Caseloads;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Caseload, audit and reports")
public class CaseloadController {

    private final Caseloads caseloads;
    private final CurrentActor currentActor;

    CaseloadController(Caseloads caseloads, CurrentActor currentActor) {
        this.caseloads = caseloads;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/caseload")
    @Operation(summary = "A worker's open cases and what is due on them; overdue is judged against asOf"
            + " (default today in Europe/London). A volunteer may ask only for their own caseload.")
    public List<CaseloadEntry> caseload(
            @Parameter(description = "username; defaults to the caller") @RequestParam(required = false) String worker,
            @Parameter(description = "yyyy-MM-dd") @RequestParam(required = false) String asOf) {
        Actor actor = currentActor.get();
        String whose = worker == null || worker.isBlank() ? actor.username() : worker;
        if (!actor.maySee(whose)) {
            throw new AccessDeniedException("volunteers see only their own caseload");
        }
        return caseloads.openCasesOf(whose, asOf == null ? actor.today() : InvalidQuery.date("asOf", asOf));
    }
}

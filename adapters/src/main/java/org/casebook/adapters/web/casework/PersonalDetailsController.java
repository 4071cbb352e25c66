package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.casebook.domain.casework.ChildDetails;
import org.casebook.domain.casework.ParentDetails;
import org.casebook.domain.casework.RecordPersonalDetails;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases: commands")
public class PersonalDetailsController {

    private final CaseCommandEndpoint endpoint;

    PersonalDetailsController(CaseCommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public record PersonalDetailsRequest(ParentDetails parent, ChildDetails child) {
    }

    @PutMapping("/api/cases/{caseId}/personal-details")
    @Operation(summary = "Record or replace personal details; needs live record-keeping consent, raises the case to"
            + " level 2 the first time [002 §5.8]")
    public ResponseEntity<Object> record(@PathVariable String caseId, @RequestBody PersonalDetailsRequest request,
                                         HttpServletRequest http) {
        return endpoint.updated(http, caseId, request, c -> new RecordPersonalDetails(c.caseId(), request.parent(),
                request.child(), c.actor(), c.expectedVersion()), Map.of("level", 2));
    }
}

package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.casebook.adapters.security.StaffDirectory;
import org.casebook.domain.casework.Recipient;
import org.casebook.domain.casework.SafeguardingApproval;
import org.casebook.domain.casework.SafeguardingGround;
import org.casebook.domain.casework.ShareInformation;
import org.casebook.domain.casework.SharingId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases: commands")
public class InformationSharingController {

    private final CaseCommandEndpoint endpoint;
    private final StaffDirectory staff;

    InformationSharingController(CaseCommandEndpoint endpoint, StaffDirectory staff) {
        this.endpoint = endpoint;
        this.staff = staff;
    }

    public record SharingRequest(LocalDate sharedOn, Recipient recipient, String purpose, String recipientName,
                                 Boolean safeguarding, String justification, String approvedBy,
                                 SafeguardingGround ground) {
    }

    @PostMapping("/api/cases/{caseId}/information-sharing")
    @Operation(summary = "Record information passed outside the service: with consent live on that date for that"
            + " recipient, or under a safeguarding override approved by another manager on a ground"
            + " (CHILD_PROTECTION, CIVIL_SAFETY) [002 App. B 9-12]")
    public ResponseEntity<Object> share(@PathVariable String caseId, @RequestBody SharingRequest request,
                                        HttpServletRequest http) {
        SharingId sharingId = SharingId.random();
        SafeguardingApproval approval = Boolean.TRUE.equals(request.safeguarding())
                ? new SafeguardingApproval(request.justification(), request.approvedBy(),
                        staff.roleOf(request.approvedBy()).orElse(null), request.ground())
                : null;
        return endpoint.created(http, caseId, request, c -> new ShareInformation(c.caseId(), sharingId,
                request.sharedOn(), request.recipient(), request.purpose(), request.recipientName(), approval,
                c.actor(), c.expectedVersion()), Map.of("sharingId", sharingId.value()));
    }
}

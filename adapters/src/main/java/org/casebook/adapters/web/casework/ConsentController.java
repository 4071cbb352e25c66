package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.casebook.domain.casework.ConsentGiver;
import org.casebook.domain.casework.ConsentId;
import org.casebook.domain.casework.ConsentKind;
import org.casebook.domain.casework.ConsentMethod;
import org.casebook.domain.casework.GiveConsent;
import org.casebook.domain.casework.Recipient;
import org.casebook.domain.casework.WithdrawConsent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{caseId}/consents")
@Tag(name = "Cases: commands")
public class ConsentController {

    private final CaseCommandEndpoint endpoint;

    ConsentController(CaseCommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public record ConsentRequest(ConsentKind kind, LocalDate givenOn, ConsentGiver givenBy, ConsentMethod method,
                                 Recipient recipient, String recipientName) {
    }

    public record WithdrawalRequest(LocalDate withdrawnOn) {
    }

    @PostMapping
    @Operation(summary = "Record a consent given by the parent or carer [002 §4.2, App. B]")
    public ResponseEntity<Object> give(@PathVariable String caseId, @RequestBody ConsentRequest request,
                                       HttpServletRequest http) {
        ConsentId consentId = ConsentId.random();
        return endpoint.created(http, caseId, request, c -> new GiveConsent(c.caseId(), consentId, request.kind(),
                        request.givenOn(), request.givenBy(), request.method(), request.recipient(),
                        request.recipientName(), c.actor(), c.expectedVersion()),
                Map.of("consentId", consentId.value()));
    }

    @PostMapping("/{consentId}/withdrawal")
    @Operation(summary = "Record that a consent was withdrawn; it covers nothing after that date")
    public ResponseEntity<Object> withdraw(@PathVariable String caseId, @PathVariable String consentId,
                                           @RequestBody WithdrawalRequest request, HttpServletRequest http) {
        ConsentId id = Ids.consent(consentId);
        return endpoint.created(http, caseId, request, c -> new WithdrawConsent(c.caseId(), id, request.withdrawnOn(),
                c.actor(), c.expectedVersion()), Map.of("consentId", id.value()));
    }
}

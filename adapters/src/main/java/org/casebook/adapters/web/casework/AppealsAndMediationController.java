package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.casebook.domain.casework.AppealDeadlines;
import org.casebook.domain.casework.AppealableDecisionKind;
import org.casebook.domain.casework.DecisionId;
import org.casebook.domain.casework.MediationOutcome;
import org.casebook.domain.casework.MediationReason;
import org.casebook.domain.casework.RecordAppealableDecision;
import org.casebook.domain.casework.RecordMediationOutcome;
import org.casebook.domain.casework.ReferToMediation;
import org.casebook.domain.casework.ReferralId;
import org.casebook.domain.casework.ReferringParty;
import org.casebook.domain.casework.SenDecisionType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Disagreement resolution: decisions that can be appealed, and mediation, which never moves a deadline [001]. */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Cases: commands")
public class AppealsAndMediationController {

    private final CaseCommandEndpoint endpoint;

    AppealsAndMediationController(CaseCommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public record DecisionRequest(AppealableDecisionKind kind, LocalDate effectiveOn, SenDecisionType decisionType,
                                  Boolean conciliationUsed) {
    }

    public record ReferralRequest(LocalDate referredOn, String provider, MediationReason reason,
                                  ReferringParty referredBy) {
    }

    public record OutcomeRequest(LocalDate concludedOn, MediationOutcome outcome) {
    }

    @PostMapping("/appealable-decisions")
    @Operation(summary = "Record an appealable decision; answers with the computed appeal deadline. Level-2 work:"
            + " 409 /problems/consent-required on a level-1 case [002 §5.8]")
    public ResponseEntity<Object> decision(@PathVariable String caseId, @RequestBody DecisionRequest request,
                                           HttpServletRequest http) {
        DecisionId decisionId = DecisionId.random();
        boolean conciliation = CaseworkController.isTrue(request.conciliationUsed());
        Map<String, Object> ids = request.kind() == null || request.effectiveOn() == null
                ? Map.of("decisionId", decisionId.value())
                : Map.of("decisionId", decisionId.value(), "appealDeadline",
                        AppealDeadlines.deadlineFor(request.kind(), request.effectiveOn(), conciliation));
        return endpoint.created(http, caseId, request, c -> new RecordAppealableDecision(c.caseId(), decisionId,
                request.kind(), request.effectiveOn(), request.decisionType(), conciliation, c.actor(),
                c.expectedVersion()), ids);
    }

    @PostMapping("/mediation-referrals")
    @Operation(summary = "Record a referral to mediation. Level-2 work: 409 /problems/consent-required on a"
            + " level-1 case [002 §5.8]")
    public ResponseEntity<Object> referral(@PathVariable String caseId, @RequestBody ReferralRequest request,
                                           HttpServletRequest http) {
        ReferralId referralId = ReferralId.random();
        return endpoint.created(http, caseId, request, c -> new ReferToMediation(c.caseId(), referralId,
                request.referredOn(), request.provider(), request.reason(), request.referredBy(), c.actor(),
                c.expectedVersion()), Map.of("referralId", referralId.value()));
    }

    @PostMapping("/mediation-referrals/{referralId}/outcome")
    @Operation(summary = "Record the one outcome of a mediation referral")
    public ResponseEntity<Object> outcome(@PathVariable String caseId, @PathVariable String referralId,
                                          @RequestBody OutcomeRequest request, HttpServletRequest http) {
        ReferralId id = Ids.referral(referralId);
        return endpoint.created(http, caseId, request, c -> new RecordMediationOutcome(c.caseId(), id,
                request.concludedOn(), request.outcome(), c.actor(), c.expectedVersion()),
                Map.of("referralId", id.value()));
    }
}

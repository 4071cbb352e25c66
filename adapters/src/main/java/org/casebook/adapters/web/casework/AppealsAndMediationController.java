package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.domain.casework.AppealOutcome;
import org.casebook.domain.casework.AppealRules;
import org.casebook.domain.casework.AppealableDecisionKind;
import org.casebook.domain.casework.DecisionId;
import org.casebook.domain.casework.InvalidCaseCommand;
import org.casebook.domain.casework.MediationCertificateResult;
import org.casebook.domain.casework.MediationOutcome;
import org.casebook.domain.casework.MediationReason;
import org.casebook.domain.casework.RecordAppealOutcome;
import org.casebook.domain.casework.RecordAppealableDecision;
import org.casebook.domain.casework.RecordMediationCertificate;
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

/**
 * Disagreement resolution: decisions that can be appealed, their mediation certificates, and mediation referrals.
 * Deadlines follow the law for the decision letter's date (docs/deadlines.md).
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Cases: commands")
public class AppealsAndMediationController {

    static final String PLACEMENT_ONLY_NOTE = "A placement-only appeal needs no mediation certificate; it is kept "
            + "but does not change the appeal deadline.";

    private final CaseCommandEndpoint endpoint;

    AppealsAndMediationController(CaseCommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * {@code letterDate} is the date on the LA's decision letter (or of the alleged discrimination); the first
     * contract's {@code effectiveOn} is accepted as the same date.
     */
    public record DecisionRequest(AppealableDecisionKind kind, LocalDate letterDate, LocalDate effectiveOn,
                                  SenDecisionType decisionType, Boolean conciliationUsed, Boolean placementOnly) {

        LocalDate letter() {
            return letterDate != null ? letterDate : effectiveOn;
        }
    }

    public record CertificateRequest(LocalDate issuedOn) {
    }

    public record AppealOutcomeRequest(LocalDate decidedOn, AppealOutcome outcome) {
    }

    public record ReferralRequest(LocalDate referredOn, String provider, MediationReason reason,
                                  ReferringParty referredBy) {
    }

    public record OutcomeRequest(LocalDate concludedOn, MediationOutcome outcome) {
    }

    @PostMapping("/appealable-decisions")
    @Operation(summary = "Record an appealable decision; answers with the computed appeal deadline",
            description = "letterDate (or effectiveOn, the same date) picks the rules: from 1 September 2014 the "
                    + "Children and Families Act 2014 (SEN: 2 months from the letter, moved off the Tribunal's "
                    + "non-working days; discrimination: 6 months, and conciliationUsed: true is 400), before it "
                    + "the earlier rules. placementOnly applies to SEN_DECISION only. Level-2 work: 409 "
                    + "/problems/consent-required on a level-1 case [002 §5.8].")
    public ResponseEntity<Object> decision(@PathVariable String caseId, @RequestBody DecisionRequest request,
                                           HttpServletRequest http) {
        DecisionId decisionId = DecisionId.random();
        boolean conciliation = CaseworkController.isTrue(request.conciliationUsed());
        boolean placementOnly = CaseworkController.isTrue(request.placementOnly());
        LocalDate letter = request.letter();
        // Computed once the case has accepted the decision, so only from a valid letter date; the same function
        // the case used.
        return endpoint.createdFromResult(http, caseId, request, c -> {
            checkLetterDate(request, c.actor().today());
            return new RecordAppealableDecision(c.caseId(), decisionId, request.kind(), letter,
                    request.decisionType(), conciliation, placementOnly, c.actor(), c.expectedVersion());
        }, result -> Map.of("decisionId", decisionId.value(), "appealDeadline",
                AppealRules.forLetterDate(letter).deadlineFor(request.kind(), letter, conciliation, null)));
    }

    /** Errors name the field the caller sent. */
    private static void checkLetterDate(DecisionRequest request, LocalDate today) {
        if (request.letterDate() != null && request.effectiveOn() != null
                && !request.letterDate().equals(request.effectiveOn())) {
            throw new InvalidCaseCommand("effectiveOn", "is the same date as letterDate; send one of them");
        }
        if (request.letterDate() == null && request.effectiveOn() != null && request.effectiveOn().isAfter(today)) {
            throw new InvalidCaseCommand("effectiveOn", "must not be in the future");
        }
    }

    @PostMapping("/appealable-decisions/{decisionId}/mediation-certificate")
    @Operation(summary = "Record the mediation certificate for an appealable SEN decision; answers with the "
            + "recomputed appeal deadline",
            description = "The SEN appeal deadline becomes the later of letterDate + 2 months and issuedOn + 1 month, "
                    + "moved off the Tribunal's non-working days (CFA 2014 s.55). 409 mediation-certificate-already-"
                    + "recorded for a second one, date-out-of-order before the letter's date, mediation-certificate-"
                    + "not-applicable for a discrimination claim or a letter before 1 September 2014. On a "
                    + "placement-only appeal it is kept, changes nothing, and the answer says so (certificateNeeded: "
                    + "false, deadlineMoved: false, note).")
    public ResponseEntity<Object> certificate(@PathVariable String caseId, @PathVariable String decisionId,
                                              @RequestBody CertificateRequest request, HttpServletRequest http) {
        DecisionId id = Ids.decision(decisionId);
        return endpoint.createdFromResult(http, caseId, request, c -> new RecordMediationCertificate(c.caseId(), id,
                request.issuedOn(), c.actor(), c.expectedVersion()), result -> {
                    MediationCertificateResult answer = (MediationCertificateResult) result;
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("decisionId", id.value());
                    body.put("appealDeadline", answer.appealDeadline());
                    body.put("previousAppealDeadline", answer.previousAppealDeadline());
                    body.put("deadlineMoved", answer.deadlineMoved());
                    body.put("certificateNeeded", answer.certificateNeeded());
                    if (!answer.certificateNeeded()) {
                        body.put("note", PLACEMENT_ONLY_NOTE);
                    }
                    return body;
                });
    }

    @PostMapping("/appealable-decisions/{decisionId}/outcome")
    @Operation(summary = "Record how an appealable decision ended [000 §2.6]",
            description = "Once per decision (409 /problems/appeal-outcome-already-recorded). Its appeal deadline"
                    + " then leaves the caseload.")
    public ResponseEntity<Object> appealOutcome(@PathVariable String caseId, @PathVariable String decisionId,
                                                @RequestBody AppealOutcomeRequest request, HttpServletRequest http) {
        DecisionId id = Ids.decision(decisionId);
        return endpoint.created(http, caseId, request, c -> new RecordAppealOutcome(c.caseId(), id,
                request.decidedOn(), request.outcome(), c.actor(), c.expectedVersion()),
                Map.of("decisionId", id.value()));
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

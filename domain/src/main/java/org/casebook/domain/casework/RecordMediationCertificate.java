package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Record the mediation certificate issued for an appealable SEN decision (CFA 2014 s.55; SEND Regulations 2014
 * Part 6). An appeal may be registered up to 1 month after it, if that is later than 2 months after the letter.
 */
public record RecordMediationCertificate(
        @TargetAggregateIdentifier CaseId caseId,
        DecisionId decisionId,
        LocalDate issuedOn,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public RecordMediationCertificate {
        Check.required("caseId", caseId);
        Check.required("decisionId", decisionId);
        Check.required("issuedOn", issuedOn);
        Check.required("actor", actor);
    }
}

package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record that information was passed outside the service, with consent or under a safeguarding override. */
public record ShareInformation(
        @TargetAggregateIdentifier CaseId caseId,
        SharingId sharingId,
        LocalDate sharedOn,
        Recipient recipient,
        String purpose,
        String recipientName,
        SafeguardingApproval safeguarding,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public ShareInformation {
        Check.required("caseId", caseId);
        Check.required("sharingId", sharingId);
        Check.required("sharedOn", sharedOn);
        Check.required("recipient", recipient);
        Check.requiredText("purpose", purpose, Check.LONG_TEXT);
        Check.optionalText("recipientName", recipientName, Check.SHORT_TEXT);
        Check.required("actor", actor);
    }
}

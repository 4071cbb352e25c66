package org.casebook.domain.casework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Make the personal data in this case's events unreadable for ever (UK GDPR right to erasure; the end of a
 * retention period). The events stay: the record that something happened, and when, is kept.
 *
 * <p>{@code becauseRecordKeepingWithdrawn}: the erasure is due because the parent withdrew record-keeping consent
 * [002 §4.2], so it is refused if the parent has given it again in the meantime.
 */
public record EraseCase(
        @TargetAggregateIdentifier CaseId caseId,
        String reason,
        boolean becauseRecordKeepingWithdrawn,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public EraseCase {
        Check.required("caseId", caseId);
        Check.requiredText("reason", reason, Check.SHORT_TEXT);
        Check.required("actor", actor);
    }

    public EraseCase(CaseId caseId, String reason, Actor actor, Long expectedVersion) {
        this(caseId, reason, false, actor, expectedVersion);
    }
}

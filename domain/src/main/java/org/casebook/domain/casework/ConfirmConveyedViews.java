package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Record that views the supporter conveyed for the parent at a meeting were checked with the parent afterwards:
 * speaking for a parent is allowed only "constantly checking with the parent that they are accurately conveying the
 * parent's opinion" [002 §4.6].
 */
public record ConfirmConveyedViews(
        @TargetAggregateIdentifier CaseId caseId,
        MeetingId meetingId,
        LocalDate confirmedOn,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public ConfirmConveyedViews {
        Check.required("caseId", caseId);
        Check.required("meetingId", meetingId);
        Check.required("confirmedOn", confirmedOn);
        Check.required("actor", actor);
    }
}

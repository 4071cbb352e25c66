package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Write a casework note. */
public record WriteCaseNote(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate writtenOn,
        String text,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public WriteCaseNote {
        Check.required("caseId", caseId);
        Check.required("writtenOn", writtenOn);
        Check.requiredText("text", text, Check.LONG_TEXT);
        Check.required("actor", actor);
    }
}

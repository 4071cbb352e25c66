package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;

/** A casework note was written. Notes hold what the parent said, so they exist only at level 2. */
public record CaseNoteWritten(
        CaseId caseId,
        LocalDate writtenOn,
        @PersonalData String text,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return writtenOn;
    }
}

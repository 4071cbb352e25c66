package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/**
 * The case's personal data was made unreadable: its key was destroyed in the same transaction. Says who erased it,
 * when and why; the reason is the service's, e.g. "retention period ended", never the family's words.
 */
public record CaseErased(
        CaseId caseId,
        LocalDate erasedOn,
        String reason,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return erasedOn;
    }
}

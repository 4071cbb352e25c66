package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** The case was allocated to a supporter, replacing any earlier allocation. */
public record SupporterAllocated(
        CaseId caseId,
        String username,
        SupporterRole role,
        LocalDate allocatedOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return allocatedOn;
    }
}

package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.casebook.domain.shared.Recorded;

/**
 * The parent was given contact details of other organisations [002 §4.4, §8.25; 004].
 *
 * <p>Revision 2 adds {@code organisationName}: the name of the local organisation independent of the LA when
 * {@code LOCAL_INDEPENDENT} is among the organisations ("or a local organisation", [002 §4.4]), else null. Revision 1
 * events (without it) are upcast with null: {@code LOCAL_INDEPENDENT} did not exist then.
 */
@Revision("2")
public record SignpostingGiven(
        CaseId caseId,
        LocalDate givenOn,
        Set<Organisation> organisations,
        String organisationName,
        Recorded recorded) implements CaseEvent {

    public SignpostingGiven {
        organisations = EnumSets.copyOf(Organisation.class, organisations);
    }

    /** Signposting to organisations that need no name of their own. */
    public SignpostingGiven(CaseId caseId, LocalDate givenOn, Set<Organisation> organisations, Recorded recorded) {
        this(caseId, givenOn, organisations, null, recorded);
    }

    @Override
    public LocalDate occurredOn() {
        return givenOn;
    }
}

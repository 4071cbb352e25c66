package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;

/** The parent returned the evaluation form, exactly as Appendix D asks [002 App. D]. */
public record EvaluationReturned(
        CaseId caseId,
        LocalDate returnedOn,
        Set<WentWell> wentWell,
        Usefulness usefulness,
        ImpartialityRating impartial,
        @PersonalData String couldDoBetter,
        @PersonalData String otherComments,
        boolean willingToBeContacted,
        Recorded recorded) implements CaseEvent {

    public EvaluationReturned {
        wentWell = EnumSets.copyOf(WentWell.class, wentWell);
    }

    @Override
    public LocalDate occurredOn() {
        return returnedOn;
    }
}

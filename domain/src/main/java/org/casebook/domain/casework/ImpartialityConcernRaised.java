package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;

/**
 * The parent questioned the impartiality of the service [002 §4.4].
 *
 * <p>Revision 2 records where the concern came from: the parent ({@code PARENT}), or an evaluation form returned with
 * {@code impartial: NO} ({@code EVALUATION}, raised with the evaluation and dated the day it was returned
 * [002 App. D]). Revision 1 events (without it) are upcast as {@code PARENT}: only parents raised concerns then.
 */
@Revision("2")
public record ImpartialityConcernRaised(
        CaseId caseId,
        ConcernId concernId,
        LocalDate raisedOn,
        @PersonalData String detail,
        ConcernSource source,
        Recorded recorded) implements CaseEvent {

    public ImpartialityConcernRaised {
        source = source == null ? ConcernSource.PARENT : source;
    }

    /** A concern the parent raised. */
    public ImpartialityConcernRaised(CaseId caseId, ConcernId concernId, LocalDate raisedOn, String detail,
                                     Recorded recorded) {
        this(caseId, concernId, raisedOn, detail, ConcernSource.PARENT, recorded);
    }

    @Override
    public LocalDate occurredOn() {
        return raisedOn;
    }
}

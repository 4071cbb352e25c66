package org.casebook.projections.casefile;

import java.time.LocalDate;
import org.casebook.domain.casework.ChildDetails;
import org.casebook.domain.casework.ParentDetails;

/** The latest personal details recorded on the case, and when. */
public record PersonalDetailsView(ParentDetails parent, ChildDetails child, LocalDate recordedOn) {
}

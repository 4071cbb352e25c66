package org.casebook.projections.casefile;

import java.time.LocalDate;
import org.casebook.domain.casework.SupporterRole;

/** Who the case is allocated to; staff usernames are not parents' personal data. */
public record SupporterView(String username, SupporterRole role, LocalDate allocatedOn) {
}

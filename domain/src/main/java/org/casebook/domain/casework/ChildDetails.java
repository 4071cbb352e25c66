package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.PersonalData;

/** Personal details of the child: held only with record-keeping consent [002 §4.2, §5.8]. */
public record ChildDetails(
        @PersonalData String name,
        @PersonalData LocalDate dateOfBirth,
        @PersonalData String school,
        @PersonalData String needsSummary) {

    void check(LocalDate today) {
        Check.optionalText("child.name", name, ParentDetails.MAX_LENGTH);
        Check.optionalText("child.school", school, ParentDetails.MAX_LENGTH);
        Check.optionalText("child.needsSummary", needsSummary, Check.LONG_TEXT);
        Check.notInFuture("child.dateOfBirth", dateOfBirth, today);
    }
}

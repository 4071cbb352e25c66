package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.calendar.WorkingDays;

/** "You will receive a written response to your concerns within 5 working days" [002 §10]. */
public final class ComplaintResponses {

    public static final int WORKING_DAYS_TO_RESPOND = 5;

    private ComplaintResponses() {
    }

    public static LocalDate dueOn(LocalDate receivedOn) {
        return WorkingDays.addWorkingDays(receivedOn, WORKING_DAYS_TO_RESPOND);
    }
}

package org.casebook.projections.casefile;

import java.time.LocalDate;

public record ComplaintView(String complaintId, LocalDate receivedOn, LocalDate responseDueOn, LocalDate respondedOn,
                            boolean escalated) {

    ComplaintView answered(LocalDate on, boolean escalatedFurther) {
        return new ComplaintView(complaintId, receivedOn, responseDueOn, on, escalatedFurther);
    }

    /** Passed on to the Head of the Branch after the response [002 §10]. */
    ComplaintView passedOn() {
        return new ComplaintView(complaintId, receivedOn, responseDueOn, respondedOn, true);
    }
}

package org.casebook.projections.casefile;

import java.time.LocalDate;

/** A subject access request and the day its answer is due (one month, UK GDPR Art. 12(3)). */
public record SubjectAccessRequestView(LocalDate receivedOn, LocalDate dueOn) {
}

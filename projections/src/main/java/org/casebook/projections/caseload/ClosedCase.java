package org.casebook.projections.caseload;

import java.time.LocalDate;

/** A closed case whose personal data is still held: a candidate for erasure when its retention period ends. */
public record ClosedCase(String caseId, LocalDate closedOn) {
}

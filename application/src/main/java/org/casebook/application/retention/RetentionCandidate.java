package org.casebook.application.retention;

import java.time.LocalDate;
import org.casebook.domain.casework.CaseId;

/** A closed case whose retention period has ended, and the first day it could be erased. */
public record RetentionCandidate(CaseId caseId, LocalDate closedOn, LocalDate erasableFrom) {
}

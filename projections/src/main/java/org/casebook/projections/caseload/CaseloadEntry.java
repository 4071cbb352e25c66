package org.casebook.projections.caseload;

import java.time.LocalDate;
import java.util.List;

/** One open case in a worker's caseload (contract, "Caseload, audit and reports"). */
public record CaseloadEntry(String caseId, int level, LocalDate openedOn, LocalDate lastContactOn,
                            List<DueItem> dueItems) {
}

package org.casebook.projections.caseload;

import java.time.LocalDate;
import java.util.List;

/**
 * One case in a worker's caseload (contract, "Caseload, audit and reports"): an open case, or a closed one while
 * an evaluation or a complaint response is still due on it ({@code status} CLOSED; contract, "Closed cases").
 */
public record CaseloadEntry(String caseId, String status, int level, LocalDate openedOn, LocalDate lastContactOn,
                            List<DueItem> dueItems) {
}

package org.casebook.projections.casefile;

import java.util.List;

public record CaseHistory(String caseId, List<HistoryEntry> events) {
}

package org.casebook.projections.casefile;

import java.time.Instant;
import java.time.LocalDate;
import org.casebook.domain.casework.CaseEvent;

/** One event in a case's history: its position, name, when it happened and who recorded it when. */
public record HistoryEntry(long sequence, String type, LocalDate occurredOn, Instant recordedAt, String recordedBy,
                           CaseEvent data) {
}

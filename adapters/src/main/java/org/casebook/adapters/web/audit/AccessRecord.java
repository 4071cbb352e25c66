package org.casebook.adapters.web.audit;

import java.time.Instant;
import org.casebook.domain.shared.StaffRole;

/**
 * One read of a case's data: who, in which role, when, which case, through which endpoint (a route template such as
 * {@code GET /api/cases/{id}/history}). Never what they saw. {@code redacted}: the reader was an auditor and saw
 * personal fields as "[redacted]".
 */
public record AccessRecord(Instant accessedAt, String username, StaffRole role, String caseId, String endpoint,
                           boolean redacted) {
}

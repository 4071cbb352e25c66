package org.casebook.application.developmentgroup;

import java.util.Optional;

/**
 * The reports a decision of the group may name as reviewed: by reference (e.g.
 * {@code development-group?academicYear=2025}), the lowercase hex SHA-256 of that report as generated now, or empty
 * when the reference names no report. The read side generates reports, so the adapters supply this.
 */
@FunctionalInterface
public interface ReviewedReports {

    Optional<String> sha256Of(String reportRef);
}

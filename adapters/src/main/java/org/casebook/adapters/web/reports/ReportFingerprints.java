package org.casebook.adapters.web.reports;

import java.time.Clock;
import java.util.Optional;
import org.casebook.adapters.web.http.InvalidQuery;
import org.casebook.application.developmentgroup.ReviewedReports;
import org.casebook.domain.shared.ServiceCalendar;
import org.casebook.projections.reports.DevelopmentGroupReports;
import org.springframework.stereotype.Component;

/**
 * The content hash of a Development Group report as generated now, by its reference, so that a decision can record
 * exactly which report the group reviewed [002 §8.20].
 */
@Component
public class ReportFingerprints implements ReviewedReports {

    private final DevelopmentGroupReports reports;
    private final Clock clock;

    public ReportFingerprints(DevelopmentGroupReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * @param reportRef e.g. {@code development-group?academicYear=2025} or
     *                  {@code development-group?from=2025-09-01&to=2026-08-31}, as the report itself states
     * @return the lowercase hex SHA-256 of the report's canonical JSON, or empty if the reference names no report
     */
    @Override
    public Optional<String> sha256Of(String reportRef) {
        try {
            return Optional.of(DevelopmentGroupReports.sha256(reports.generate(
                    ReportPeriods.ofReportRef(reportRef, ServiceCalendar.dateOf(clock.instant())))));
        } catch (InvalidQuery notAReport) {
            return Optional.empty();
        }
    }
}

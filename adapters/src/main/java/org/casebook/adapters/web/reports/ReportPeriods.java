package org.casebook.adapters.web.reports;

import java.time.LocalDate;
import org.casebook.adapters.web.http.InvalidQuery;
import org.casebook.projections.reports.ReportPeriod;

/** Reads a report period from {@code academicYear} or {@code from}/{@code to}; the current academic year if none. */
final class ReportPeriods {

    private ReportPeriods() {
    }

    static ReportPeriod of(String academicYear, String from, String to, LocalDate today) {
        if (academicYear != null && (from != null || to != null)) {
            throw new InvalidQuery("academicYear", "give either academicYear or from and to, not both");
        }
        if (academicYear != null) {
            try {
                int year = Integer.parseInt(academicYear);
                if (year < 1990 || year > 2100) {
                    throw new NumberFormatException();
                }
                return ReportPeriod.academicYear(year);
            } catch (NumberFormatException notAYear) {
                throw new InvalidQuery("academicYear", "must be the year the academic year starts, e.g. 2025");
            }
        }
        if (from == null && to == null) {
            return ReportPeriod.academicYear(ReportPeriod.academicYearOf(today));
        }
        if (from == null || to == null) {
            throw new InvalidQuery(from == null ? "from" : "to", "from and to go together");
        }
        LocalDate start = InvalidQuery.date("from", from);
        LocalDate end = InvalidQuery.date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidQuery("to", "must not be before from");
        }
        return ReportPeriod.between(start, end);
    }

    /** Parses a reportRef as produced by the reports, e.g. {@code development-group?academicYear=2025}. */
    static ReportPeriod ofReportRef(String reportRef, LocalDate today) {
        String prefix = "development-group?";
        if (reportRef == null || !reportRef.startsWith(prefix)) {
            throw new InvalidQuery("reportRef", "must name a Development Group report");
        }
        String academicYear = null;
        String from = null;
        String to = null;
        for (String pair : reportRef.substring(prefix.length()).split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new InvalidQuery("reportRef", "must name a Development Group report");
            }
            switch (parts[0]) {
                case "academicYear" -> academicYear = parts[1];
                case "from" -> from = parts[1];
                case "to" -> to = parts[1];
                default -> throw new InvalidQuery("reportRef", "must name a Development Group report");
            }
        }
        if (academicYear == null && from == null && to == null) {
            throw new InvalidQuery("reportRef", "must name a period");
        }
        return of(academicYear, from, to, today);
    }
}

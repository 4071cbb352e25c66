package org.casebook.adapters.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.projections.reports.Count;
import org.casebook.projections.reports.DevelopmentGroupReport;

/**
 * The report as rows of section, breakdown, item and count, for spreadsheets, with the same figure for the previous
 * period of the same length in a last column beside each.
 */
final class DevelopmentGroupReportCsv {

    private DevelopmentGroupReportCsv() {
    }

    private record Row(String section, String breakdown, String item, Object count) {
    }

    static String render(DevelopmentGroupReport report) {
        List<Row> rows = rows(report);
        List<Row> previous = report.previousPeriod() == null ? List.of() : rows(report.previousPeriod());
        StringBuilder csv = new StringBuilder("section,breakdown,item,count,previousPeriod\r\n");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            // Both periods have the same rows in the same order: only the counts differ.
            Object before = i < previous.size() ? previous.get(i).count() : "";
            if ("period".equals(row.section()) && i < previous.size()) {
                before = previous.get(i).item();
            }
            csv.append(cell(row.section())).append(',').append(cell(row.breakdown())).append(',')
                    .append(cell(row.item())).append(',').append(cell(String.valueOf(row.count()))).append(',')
                    .append(cell(String.valueOf(before))).append("\r\n");
        }
        return csv.toString();
    }

    private static List<Row> rows(DevelopmentGroupReport report) {
        List<Row> csv = new ArrayList<>();
        row(csv, "period", "from", report.period().from(), "");
        row(csv, "period", "to", report.period().to(), "");
        var enquiries = report.enquiries();
        row(csv, "enquiries", "total", "", enquiries.total());
        rows(csv, "enquiries", "channel", enquiries.byChannel());
        rows(csv, "enquiries", "enquirerRole", enquiries.byEnquirerRole());
        rows(csv, "enquiries", "about", enquiries.byAbout());
        rows(csv, "enquiries", "topic", enquiries.byTopic());
        rows(csv, "enquiries", "level", enquiries.byLevel());
        row(csv, "caseworkOpened", "total", "", report.caseworkOpened());
        row(csv, "contacts", "total", "", report.contacts().total());
        rows(csv, "contacts", "channel", report.contacts().byChannel());
        row(csv, "meetingsSupported", "total", "", report.meetingsSupported().total());
        rows(csv, "meetingsSupported", "meetingType", report.meetingsSupported().by());
        row(csv, "mediationReferrals", "total", "", report.mediationReferrals().total());
        rows(csv, "mediationReferrals", "reason", report.mediationReferrals().byReason());
        rows(csv, "mediationReferrals", "outcome", report.mediationReferrals().byOutcome());
        row(csv, "appealableDecisions", "total", "", report.appealableDecisions().total());
        rows(csv, "appealableDecisions", "kind", report.appealableDecisions().by());
        rows(csv, "appealableDecisions", "outcome", report.appealableDecisions().byOutcome());
        rows(csv, "signposting", "organisation", report.signposting().byOrganisation());
        var shared = report.informationShared();
        row(csv, "informationShared", "withConsent", "", shared.withConsent().total());
        rows(csv, "informationShared", "withConsent", shared.withConsent().byRecipient());
        row(csv, "informationShared", "underSafeguarding", "", shared.underSafeguarding().total());
        rows(csv, "informationShared", "underSafeguarding", shared.underSafeguarding().byRecipient());
        var evaluations = report.evaluations();
        row(csv, "evaluations", "requestsSent", "", evaluations.requestsSent());
        row(csv, "evaluations", "returned", "", evaluations.returned());
        rows(csv, "evaluations", "usefulness", evaluations.usefulness());
        rows(csv, "evaluations", "impartial", evaluations.impartial());
        rows(csv, "evaluations", "wentWell", evaluations.wentWell());
        var impartiality = report.impartiality();
        row(csv, "impartiality", "concernsRaised", "", impartiality.concernsRaised());
        row(csv, "impartiality", "concernsAnsweredWithIndependentSignposting", "",
                impartiality.concernsAnsweredWithIndependentSignposting());
        row(csv, "impartiality", "informationSharedWithConsent", "", impartiality.informationSharedWithConsent());
        row(csv, "impartiality", "informationSharedUnderSafeguarding", "",
                impartiality.informationSharedUnderSafeguarding());
        row(csv, "impartiality", "viewsConveyedNotConfirmed", "", impartiality.viewsConveyedNotConfirmed());
        var complaints = report.complaints();
        row(csv, "complaints", "received", "", complaints.received());
        row(csv, "complaints", "answered", "", complaints.answered());
        row(csv, "complaints", "answeredWithin5WorkingDays", "", complaints.answeredWithin5WorkingDays());
        row(csv, "complaints", "answeredLate", "", complaints.answeredLate());
        row(csv, "complaints", "escalated", "", complaints.escalated());
        row(csv, "compliments", "received", "", report.compliments().received());
        row(csv, "compliments", "written", "", report.compliments().written());
        row(csv, "compliments", "verbal", "", report.compliments().verbal());
        for (var indicator : report.performanceIndicators()) {
            row(csv, "performanceIndicators", Integer.toString(indicator.number()), indicator.indicator(),
                    indicator.answerable() ? indicator.value() : "not answerable: " + indicator.note());
        }
        return csv;
    }

    private static void rows(List<Row> csv, String section, String breakdown, Map<String, Count> counts) {
        counts.forEach((item, count) -> row(csv, section, breakdown, item, count));
    }

    private static void row(List<Row> csv, String section, String breakdown, String item, Object count) {
        csv.add(new Row(section, breakdown, item, count));
    }

    /** RFC 4180 quoting, and a leading quote mark so that no cell is read as a spreadsheet formula. */
    private static String cell(String value) {
        String safe = value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

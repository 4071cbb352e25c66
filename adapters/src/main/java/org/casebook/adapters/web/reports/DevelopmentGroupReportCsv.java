package org.casebook.adapters.web.reports;

import java.util.Map;
import org.casebook.projections.reports.Count;
import org.casebook.projections.reports.DevelopmentGroupReport;

/** The report as rows of section, breakdown, item and count, for spreadsheets. */
final class DevelopmentGroupReportCsv {

    private DevelopmentGroupReportCsv() {
    }

    static String render(DevelopmentGroupReport report) {
        StringBuilder csv = new StringBuilder("section,breakdown,item,count\r\n");
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
        row(csv, "meetingsSupported", "total", "", report.meetingsSupported().total());
        rows(csv, "meetingsSupported", "meetingType", report.meetingsSupported().by());
        row(csv, "mediationReferrals", "total", "", report.mediationReferrals().total());
        rows(csv, "mediationReferrals", "reason", report.mediationReferrals().byReason());
        rows(csv, "mediationReferrals", "outcome", report.mediationReferrals().byOutcome());
        row(csv, "appealableDecisions", "total", "", report.appealableDecisions().total());
        rows(csv, "appealableDecisions", "kind", report.appealableDecisions().by());
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
        row(csv, "complaints", "received", "", report.complaints().received());
        row(csv, "complaints", "answered", "", report.complaints().answered());
        row(csv, "complaints", "escalated", "", report.complaints().escalated());
        for (var indicator : report.performanceIndicators()) {
            row(csv, "performanceIndicators", Integer.toString(indicator.number()), indicator.indicator(),
                    indicator.answerable() ? indicator.value() : "not answerable: " + indicator.note());
        }
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String section, String breakdown, Map<String, Count> counts) {
        counts.forEach((item, count) -> row(csv, section, breakdown, item, count));
    }

    private static void row(StringBuilder csv, String section, String breakdown, String item, Object count) {
        csv.append(cell(section)).append(',').append(cell(breakdown)).append(',').append(cell(item)).append(',')
                .append(cell(String.valueOf(count))).append("\r\n");
    }

    /** RFC 4180 quoting, and a leading quote mark so that no cell is read as a spreadsheet formula. */
    private static String cell(String value) {
        String safe = value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

package org.casebook.adapters.web.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.projections.reports.Count;
import org.casebook.projections.reports.DevelopmentGroupReport;

/**
 * The report as a page people would rather look at than read: bar charts drawn here as SVG, with a text
 * alternative for each (a description and the table of figures), no script and nothing fetched from elsewhere, so
 * it can be opened offline, printed, or read with a screen reader.
 */
final class DevelopmentGroupReportPage {

    private static final int BAR_AREA = 360;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_HEIGHT = 17;
    private static final int GAP = 6;

    private DevelopmentGroupReportPage() {
    }

    static String render(DevelopmentGroupReport report, String hash) {
        DevelopmentGroupReport previous = report.previousPeriod() != null ? report.previousPeriod() : report;
        Periods periods = new Periods(shortName(report.period()), shortName(previous.period()));
        StringBuilder page = new StringBuilder();
        String title = "Development Group report, " + periodName(report.period());
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n")
                .append("<p class=\"meta\">From ").append(escape(report.period().from())).append(" to ")
                .append(escape(report.period().to())).append(", beside the previous period of the same length (")
                .append(escape(previous.period().from())).append(" to ").append(escape(previous.period().to()))
                .append("). ").append(escape(report.suppression()))
                .append(" No names, addresses, free text or case references appear in this report.</p>\n")
                .append("<p class=\"legend\" aria-hidden=\"true\"><span class=\"swatch\"></span> ")
                .append(escape(periods.current())).append(" <span class=\"swatch previous\"></span> ")
                .append(escape(periods.previous())).append("</p>\n");
        var enquiries = report.enquiries();
        var before = previous.enquiries();
        page.append("<section>\n<h2>Enquiries and contacts</h2>\n");
        figures(page, periods, List.of(
                figure("Enquiries received", enquiries.total(), before.total()),
                figure("Casework opened (level 2)", report.caseworkOpened(), previous.caseworkOpened()),
                figure("Contacts of every kind", report.contacts().total(), previous.contacts().total())));
        chart(page, periods, "enquiries-by-channel", "Enquiries by channel", enquiries.byChannel(),
                before.byChannel());
        chart(page, periods, "contacts-by-channel", "Every contact by channel, first enquiries and further contacts",
                report.contacts().byChannel(), previous.contacts().byChannel());
        chart(page, periods, "enquiries-by-enquirer", "Enquiries by who made them", enquiries.byEnquirerRole(),
                before.byEnquirerRole());
        chart(page, periods, "enquiries-by-topic", "Enquiries by topic", enquiries.byTopic(), before.byTopic());
        chart(page, periods, "enquiries-by-level", "Enquiries by level reached", enquiries.byLevel(),
                before.byLevel());
        chart(page, periods, "signposting-by-organisation", "Signposting by organisation",
                report.signposting().byOrganisation(), previous.signposting().byOrganisation());
        page.append("</section>\n<section>\n<h2>Casework</h2>\n");
        chart(page, periods, "meetings-by-type", "Meetings supported by type", report.meetingsSupported().by(),
                previous.meetingsSupported().by());
        chart(page, periods, "mediation-by-reason", "Mediation referrals by reason",
                report.mediationReferrals().byReason(), previous.mediationReferrals().byReason());
        chart(page, periods, "mediation-by-outcome", "Mediation outcomes", report.mediationReferrals().byOutcome(),
                previous.mediationReferrals().byOutcome());
        chart(page, periods, "decisions-by-kind", "Appealable decisions by kind", report.appealableDecisions().by(),
                previous.appealableDecisions().by());
        chart(page, periods, "decisions-by-outcome", "Appealable decisions by outcome",
                report.appealableDecisions().byOutcome(), previous.appealableDecisions().byOutcome());
        chart(page, periods, "shared-with-consent", "Information shared with the parent's consent, by recipient",
                report.informationShared().withConsent().byRecipient(),
                previous.informationShared().withConsent().byRecipient());
        chart(page, periods, "shared-under-safeguarding", "Information shared under a safeguarding override, by"
                        + " recipient", report.informationShared().underSafeguarding().byRecipient(),
                previous.informationShared().underSafeguarding().byRecipient());
        page.append("</section>\n<section>\n<h2>Evaluations</h2>\n");
        figures(page, periods, List.of(
                figure("Evaluation forms sent", report.evaluations().requestsSent(),
                        previous.evaluations().requestsSent()),
                figure("Evaluation forms returned", report.evaluations().returned(),
                        previous.evaluations().returned())));
        chart(page, periods, "evaluation-impartial", "Do you feel we were impartial?",
                report.evaluations().impartial(), previous.evaluations().impartial());
        chart(page, periods, "evaluation-usefulness", "How useful was the information we gave you?",
                report.evaluations().usefulness(), previous.evaluations().usefulness());
        chart(page, periods, "evaluation-went-well", "What did we do well?", report.evaluations().wentWell(),
                previous.evaluations().wentWell());
        var impartiality = report.impartiality();
        var impartialityBefore = previous.impartiality();
        page.append("</section>\n<section>\n<h2>Impartiality</h2>\n");
        figures(page, periods, List.of(
                figure("Impartiality concerns raised", impartiality.concernsRaised(),
                        impartialityBefore.concernsRaised()),
                figure("Concerns answered by signposting to an independent organisation within 10 working days",
                        impartiality.concernsAnsweredWithIndependentSignposting(),
                        impartialityBefore.concernsAnsweredWithIndependentSignposting()),
                figure("Information shared with the parent's consent", impartiality.informationSharedWithConsent(),
                        impartialityBefore.informationSharedWithConsent()),
                figure("Information shared under a safeguarding override",
                        impartiality.informationSharedUnderSafeguarding(),
                        impartialityBefore.informationSharedUnderSafeguarding()),
                figure("Views conveyed for a parent and not confirmed with them",
                        impartiality.viewsConveyedNotConfirmed(), impartialityBefore.viewsConveyedNotConfirmed())));
        var complaints = report.complaints();
        var complaintsBefore = previous.complaints();
        page.append("</section>\n<section>\n<h2>Complaints and compliments</h2>\n");
        figures(page, periods, List.of(
                figure("Complaints received", complaints.received(), complaintsBefore.received()),
                figure("Complaints answered", complaints.answered(), complaintsBefore.answered()),
                figure("Answered within 5 working days", complaints.answeredWithin5WorkingDays(),
                        complaintsBefore.answeredWithin5WorkingDays()),
                figure("Answered late", complaints.answeredLate(), complaintsBefore.answeredLate()),
                figure("Complaints escalated to the Head of Branch", complaints.escalated(),
                        complaintsBefore.escalated()),
                figure("Compliments received", report.compliments().received(), previous.compliments().received()),
                figure("Written thanks: cards, letters, emails", report.compliments().written(),
                        previous.compliments().written()),
                figure("Thanks given in person or by phone", report.compliments().verbal(),
                        previous.compliments().verbal())));
        page.append("</section>\n<section>\n<h2>Draft performance indicators</h2>\n<table>\n")
                .append("<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Indicator</th>")
                .append("<th scope=\"col\">").append(escape(periods.current())).append("</th>")
                .append("<th scope=\"col\">").append(escape(periods.previous())).append("</th>")
                .append("<th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < report.performanceIndicators().size(); i++) {
            var indicator = report.performanceIndicators().get(i);
            var indicatorBefore = previous.performanceIndicators().get(i);
            page.append("<tr><td>").append(indicator.number()).append("</td><td>").append(escape(indicator.indicator()))
                    .append("</td><td>").append(indicator.answerable() ? escape(indicator.value().toString())
                            : "not recorded").append("</td><td>")
                    .append(indicatorBefore.answerable() ? escape(indicatorBefore.value().toString()) : "not recorded")
                    .append("</td><td>").append(escape(indicator.note())).append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</section>\n")
                .append("<footer><p class=\"meta\">Report reference <code>").append(escape(report.reportRef()))
                .append("</code>; content hash (SHA-256) <code>").append(escape(hash))
                .append("</code>.</p></footer>\n</main>\n</body>\n</html>\n");
        return page.toString();
    }

    /** How the two periods are named on the page: "2025/26" and "2024/25", or their first and last days. */
    private record Periods(String current, String previous) {
    }

    private record Figure(String label, Count count, Count previous) {
    }

    private static Figure figure(String label, Count count, Count previous) {
        return new Figure(label, count, previous);
    }

    private static void figures(StringBuilder page, Periods periods, List<Figure> figures) {
        page.append("<dl class=\"figures\">\n");
        figures.forEach(figure -> page.append("<div><dt>").append(escape(figure.label())).append("</dt><dd>")
                .append(escape(figure.count().toString())).append(" <span class=\"previous\">")
                .append(escape(periods.previous())).append(": ").append(escape(figure.previous().toString()))
                .append("</span></dd></div>\n"));
        page.append("</dl>\n");
    }

    /**
     * A horizontal bar chart with two bars per item, this period's above the previous period's, its description,
     * and the same figures as a table.
     */
    private static void chart(StringBuilder page, Periods periods, String id, String title, Map<String, Count> counts,
                              Map<String, Count> previous) {
        long max = Math.max(5, java.util.stream.Stream.concat(counts.values().stream(), previous.values().stream())
                .filter(count -> !count.suppressed() && !count.hiddenWithSmallCount())
                .mapToLong(Count::value).max().orElse(0));
        int height = counts.size() * (2 * BAR_HEIGHT + GAP) + 10;
        int width = LABEL_WIDTH + BAR_AREA + 60;
        StringBuilder description = new StringBuilder(title).append(", ").append(periods.current())
                .append(" beside ").append(periods.previous()).append(": ");
        counts.forEach((item, count) -> description.append(label(item)).append(' ').append(count).append(" (")
                .append(periods.previous()).append(' ').append(previous.get(item)).append("); "));
        page.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(escape(title))
                .append("</figcaption>\n<svg class=\"chart\" id=\"").append(id)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-svg-title ").append(id)
                .append("-desc\">\n<title id=\"").append(id).append("-svg-title\">").append(escape(title))
                .append("</title>\n<desc id=\"").append(id).append("-desc\">").append(escape(description.toString()))
                .append("</desc>\n");
        int y = 5;
        for (var entry : counts.entrySet()) {
            page.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + BAR_HEIGHT)
                    .append("\" text-anchor=\"end\">").append(escape(label(entry.getKey()))).append("</text>\n");
            bar(page, entry.getValue(), max, y, false);
            bar(page, previous.get(entry.getKey()), max, y + BAR_HEIGHT, true);
            y += 2 * BAR_HEIGHT + GAP;
        }
        page.append("</svg>\n<details><summary>Figures as a table</summary>\n<table>\n<thead><tr>")
                .append("<th scope=\"col\">").append(escape(title)).append("</th><th scope=\"col\">")
                .append(escape(periods.current())).append("</th><th scope=\"col\">").append(escape(periods.previous()))
                .append("</th></tr></thead>\n<tbody>\n");
        counts.forEach((item, count) -> page.append("<tr><td>").append(escape(label(item))).append("</td><td>")
                .append(escape(count.toString())).append("</td><td>").append(escape(previous.get(item).toString()))
                .append("</td></tr>\n"));
        page.append("</tbody>\n</table>\n</details>\n</figure>\n");
    }

    /** One bar and its count, the previous period's drawn lighter. */
    private static void bar(StringBuilder page, Count count, long max, int y, boolean previous) {
        // A hidden count must not be given away by its bar: "<5" is drawn as 4, "[c]" as a stub.
        boolean hidden = count.suppressed() || count.hiddenWithSmallCount();
        long shownValue = count.suppressed() ? 4 : count.hiddenWithSmallCount() ? 0 : count.value();
        int barWidth = (int) Math.round((double) shownValue / max * BAR_AREA);
        page.append("<rect class=\"bar").append(previous ? " previous" : "").append(hidden ? " suppressed" : "")
                .append("\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 2).append("\" width=\"")
                .append(Math.max(barWidth, count.value() == 0 ? 0 : 2)).append("\" height=\"")
                .append(BAR_HEIGHT - 4).append("\"/>\n<text x=\"").append(LABEL_WIDTH + barWidth + 6)
                .append("\" y=\"").append(y + BAR_HEIGHT - 5).append("\"")
                .append(previous ? " class=\"previous\"" : "").append(">").append(escape(count.toString()))
                .append("</text>\n");
    }

    /** ENQUIRER_ROLE names read as words: FACE_TO_FACE becomes "Face to face". */
    static String label(String enumName) {
        String words = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String shortName(DevelopmentGroupReport.Period period) {
        return period.academicYear() != null
                ? period.academicYear() + "/" + String.format("%02d", (period.academicYear() + 1) % 100)
                : period.from() + " to " + period.to();
    }

    private static String periodName(DevelopmentGroupReport.Period period) {
        return period.academicYear() != null
                ? "academic year " + period.academicYear() + "/" + String.format("%02d", (period.academicYear() + 1) % 100)
                : period.from() + " to " + period.to();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b;
                   margin: 0; background: #fafafa; line-height: 1.4; }
            main { max-width: 58rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 2px solid #1d70b8; padding-bottom: .2rem; }
            .meta { color: #505a5f; font-size: .9rem; }
            .figures { display: flex; flex-wrap: wrap; gap: .8rem; margin: 0 0 1rem; }
            .figures div { border: 1px solid #b1b4b6; border-radius: 4px; padding: .5rem .8rem; min-width: 12rem; }
            .figures dt { font-size: .85rem; color: #505a5f; } .figures dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
            figure { margin: 0 0 1.5rem; } figcaption { font-weight: 600; margin-bottom: .3rem; }
            svg.chart { max-width: 100%; height: auto; font-size: 13px; }
            svg.chart .bar { fill: #1d70b8; } svg.chart .bar.suppressed { fill: #cfe0f0; stroke: #1d70b8; stroke-dasharray: 3 2; }
            svg.chart .bar.previous { fill: #f47738; } svg.chart .bar.previous.suppressed { fill: #fde3d6; stroke: #f47738; }
            svg.chart text.previous { fill: #505a5f; }
            .figures dd .previous { display: block; font-size: .8rem; font-weight: 400; color: #505a5f; }
            .legend { font-size: .9rem; } .swatch { display: inline-block; width: .9rem; height: .9rem; background: #1d70b8; vertical-align: middle; }
            .swatch.previous { background: #f47738; margin-left: 1rem; }
            table { border-collapse: collapse; margin: .5rem 0; } th, td { border: 1px solid #b1b4b6; padding: .25rem .5rem; text-align: left; }
            code { word-break: break-all; }
            @media print { details { display: block; } main { max-width: none; } }
            """;
}

package org.casebook.adapters.web.reports;

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
    private static final int ROW_HEIGHT = 22;

    private DevelopmentGroupReportPage() {
    }

    static String render(DevelopmentGroupReport report, String hash) {
        StringBuilder page = new StringBuilder();
        String title = "Development Group report, " + periodName(report.period());
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n")
                .append("<p class=\"meta\">From ").append(escape(report.period().from())).append(" to ")
                .append(escape(report.period().to())).append(". ").append(escape(report.suppression()))
                .append(" No names, addresses, free text or case references appear in this report.</p>\n");
        var enquiries = report.enquiries();
        page.append("<section>\n<h2>Enquiries</h2>\n");
        figures(page, ordered("Enquiries received", enquiries.total(), "Casework opened (level 2)",
                report.caseworkOpened()));
        chart(page, "enquiries-by-channel", "Enquiries by channel", enquiries.byChannel());
        chart(page, "enquiries-by-enquirer", "Enquiries by who made them", enquiries.byEnquirerRole());
        chart(page, "enquiries-by-topic", "Enquiries by topic", enquiries.byTopic());
        chart(page, "enquiries-by-level", "Enquiries by level reached", enquiries.byLevel());
        page.append("</section>\n<section>\n<h2>Casework</h2>\n");
        chart(page, "meetings-by-type", "Meetings supported by type", report.meetingsSupported().by());
        chart(page, "mediation-by-reason", "Mediation referrals by reason", report.mediationReferrals().byReason());
        chart(page, "mediation-by-outcome", "Mediation outcomes", report.mediationReferrals().byOutcome());
        chart(page, "decisions-by-kind", "Appealable decisions by kind", report.appealableDecisions().by());
        page.append("</section>\n<section>\n<h2>Evaluations</h2>\n");
        figures(page, ordered("Evaluation forms sent", report.evaluations().requestsSent(),
                "Evaluation forms returned", report.evaluations().returned()));
        chart(page, "evaluation-impartial", "Do you feel we were impartial?", report.evaluations().impartial());
        chart(page, "evaluation-usefulness", "How useful was the information we gave you?",
                report.evaluations().usefulness());
        chart(page, "evaluation-went-well", "What did we do well?", report.evaluations().wentWell());
        var impartiality = report.impartiality();
        page.append("</section>\n<section>\n<h2>Impartiality</h2>\n");
        figures(page, ordered(
                "Impartiality concerns raised", impartiality.concernsRaised(),
                "Concerns answered by signposting to an independent organisation within 10 working days",
                impartiality.concernsAnsweredWithIndependentSignposting(),
                "Information shared with the parent's consent", impartiality.informationSharedWithConsent(),
                "Information shared under a safeguarding override", impartiality.informationSharedUnderSafeguarding(),
                "Views conveyed for a parent and not confirmed with them", impartiality.viewsConveyedNotConfirmed(),
                "Complaints received", report.complaints().received(),
                "Complaints answered", report.complaints().answered(),
                "Complaints escalated", report.complaints().escalated()));
        page.append("</section>\n<section>\n<h2>Draft performance indicators</h2>\n<table>\n")
                .append("<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Indicator</th>")
                .append("<th scope=\"col\">Figure</th><th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
        for (var indicator : report.performanceIndicators()) {
            page.append("<tr><td>").append(indicator.number()).append("</td><td>").append(escape(indicator.indicator()))
                    .append("</td><td>").append(indicator.answerable() ? escape(indicator.value().toString())
                            : "not recorded").append("</td><td>").append(escape(indicator.note()))
                    .append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</section>\n")
                .append("<footer><p class=\"meta\">Report reference <code>").append(escape(report.reportRef()))
                .append("</code>; content hash (SHA-256) <code>").append(escape(hash))
                .append("</code>.</p></footer>\n</main>\n</body>\n</html>\n");
        return page.toString();
    }

    private static Map<String, Count> ordered(Object... labelsAndCounts) {
        Map<String, Count> figures = new java.util.LinkedHashMap<>();
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            figures.put((String) labelsAndCounts[i], (Count) labelsAndCounts[i + 1]);
        }
        return figures;
    }

    private static void figures(StringBuilder page, Map<String, Count> figures) {
        page.append("<dl class=\"figures\">\n");
        figures.forEach((label, count) -> page.append("<div><dt>").append(escape(label)).append("</dt><dd>")
                .append(escape(count.toString())).append("</dd></div>\n"));
        page.append("</dl>\n");
    }

    /** A horizontal bar chart, its description, and the same figures as a table. */
    private static void chart(StringBuilder page, String id, String title, Map<String, Count> counts) {
        long max = Math.max(5, counts.values().stream()
                .filter(count -> !count.suppressed() && !count.hiddenWithSmallCount())
                .mapToLong(Count::value).max().orElse(0));
        int height = counts.size() * ROW_HEIGHT + 10;
        int width = LABEL_WIDTH + BAR_AREA + 60;
        StringBuilder description = new StringBuilder(title).append(": ");
        counts.forEach((item, count) -> description.append(label(item)).append(' ').append(count).append("; "));
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
            Count count = entry.getValue();
            // A hidden count must not be given away by its bar: "<5" is drawn as 4, "[c]" as a stub.
            boolean hidden = count.suppressed() || count.hiddenWithSmallCount();
            long shownValue = count.suppressed() ? 4 : count.hiddenWithSmallCount() ? 0 : count.value();
            int barWidth = (int) Math.round((double) shownValue / max * BAR_AREA);
            page.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(escape(label(entry.getKey()))).append("</text>\n")
                    .append("<rect class=\"").append(hidden ? "bar suppressed" : "bar").append("\" x=\"")
                    .append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(Math.max(barWidth, count.value() == 0 ? 0 : 2)).append("\" height=\"")
                    .append(ROW_HEIGHT - 6).append("\"/>\n<text x=\"").append(LABEL_WIDTH + barWidth + 6)
                    .append("\" y=\"").append(y + 15).append("\">").append(escape(count.toString())).append("</text>\n");
            y += ROW_HEIGHT;
        }
        page.append("</svg>\n<details><summary>Figures as a table</summary>\n<table>\n<thead><tr>")
                .append("<th scope=\"col\">").append(escape(title)).append("</th><th scope=\"col\">Count</th>")
                .append("</tr></thead>\n<tbody>\n");
        counts.forEach((item, count) -> page.append("<tr><td>").append(escape(label(item))).append("</td><td>")
                .append(escape(count.toString())).append("</td></tr>\n"));
        page.append("</tbody>\n</table>\n</details>\n</figure>\n");
    }

    /** ENQUIRER_ROLE names read as words: FACE_TO_FACE becomes "Face to face". */
    static String label(String enumName) {
        String words = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
            table { border-collapse: collapse; margin: .5rem 0; } th, td { border: 1px solid #b1b4b6; padding: .25rem .5rem; text-align: left; }
            code { word-break: break-all; }
            @media print { details { display: block; } main { max-width: none; } }
            """;
}

package org.casebook.projections.reports;

import java.util.List;
import java.util.Map;

/**
 * The anonymised report the Development Group reviews [002 §8.19-8.25]: counts only, no names, addresses, free text
 * or case ids, and every count from 1 to 4 shown as "<5".
 */
public record DevelopmentGroupReport(
        String reportRef,
        Period period,
        Enquiries enquiries,
        Count caseworkOpened,
        Tally meetingsSupported,
        Mediation mediationReferrals,
        Tally appealableDecisions,
        Evaluations evaluations,
        Impartiality impartiality,
        Complaints complaints,
        List<PerformanceIndicator> performanceIndicators,
        String suppression) {

    public record Period(String from, String to, Integer academicYear) {
    }

    public record Enquiries(Count total, Map<String, Count> byChannel, Map<String, Count> byEnquirerRole,
                            Map<String, Count> byAbout, Map<String, Count> byTopic, Map<String, Count> byLevel) {
    }

    /** A total and its breakdown by one dimension. */
    public record Tally(Count total, Map<String, Count> by) {
    }

    public record Mediation(Count total, Map<String, Count> byReason, Map<String, Count> byOutcome) {
    }

    public record Evaluations(Count requestsSent, Count returned, Map<String, Count> usefulness,
                              Map<String, Count> impartial, Map<String, Count> wentWell) {
    }

    public record Impartiality(Count concernsRaised, Count concernsAnsweredWithIndependentSignposting,
                               Count informationSharedWithConsent, Count informationSharedUnderSafeguarding,
                               Count viewsConveyedNotConfirmed) {
    }

    public record Complaints(Count received, Count answered, Count escalated) {
    }

    /**
     * One of the draft performance indicators of [002 §5.12]: its value where Casebook's events can answer it, and
     * otherwise why not.
     */
    public record PerformanceIndicator(int number, String indicator, boolean answerable, Count value, String note) {
    }
}

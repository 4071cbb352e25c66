package org.casebook.projections.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The anonymised report the Development Group reviews [002 §8.19-8.25]: counts only, no names, addresses, free text
 * or case ids, and every count from 1 to 4 shown as "<5". {@code previousPeriod} holds every figure again for the
 * period of the same length just before (the previous academic year for an academic year); it has none of its own.
 */
public record DevelopmentGroupReport(
        String reportRef,
        Period period,
        Enquiries enquiries,
        Count caseworkOpened,
        Contacts contacts,
        Tally meetingsSupported,
        Mediation mediationReferrals,
        Decisions appealableDecisions,
        Signposting signposting,
        InformationShared informationShared,
        Evaluations evaluations,
        Impartiality impartiality,
        Complaints complaints,
        Compliments compliments,
        List<PerformanceIndicator> performanceIndicators,
        @JsonInclude(JsonInclude.Include.NON_NULL) DevelopmentGroupReport previousPeriod,
        String suppression) {

    /** The same report with the previous period's figures beside it. */
    DevelopmentGroupReport withPreviousPeriod(DevelopmentGroupReport previous) {
        return new DevelopmentGroupReport(reportRef, period, enquiries, caseworkOpened, contacts, meetingsSupported,
                mediationReferrals, appealableDecisions, signposting, informationShared, evaluations, impartiality,
                complaints, compliments, performanceIndicators, previous, suppression);
    }

    public record Period(String from, String to, Integer academicYear) {
    }

    public record Enquiries(Count total, Map<String, Count> byChannel, Map<String, Count> byEnquirerRole,
                            Map<String, Count> byAbout, Map<String, Count> byTopic, Map<String, Count> byLevel) {
    }

    /** Every contact: first enquiries and further contacts alike, by channel [000 §1.4, 002 §5.8]. */
    public record Contacts(Count total, Map<String, Count> byChannel) {
    }

    /** A total and its breakdown by one dimension. */
    public record Tally(Count total, Map<String, Count> by) {
    }

    public record Mediation(Count total, Map<String, Count> byReason, Map<String, Count> byOutcome) {
    }

    /** Decisions by kind (dated by the decision) and outcomes recorded (dated by the outcome) [000 §2.6, 001]. */
    public record Decisions(Count total, Map<String, Count> by, Map<String, Count> byOutcome) {
    }

    /** Organisations the service signposted parents to [002 §5.8]; one enquiry may name several. */
    public record Signposting(Map<String, Count> byOrganisation) {
    }

    /** Information passed to other agencies, by recipient, with consent or under safeguarding [002 §8.2, App. B]. */
    public record InformationShared(Sharing withConsent, Sharing underSafeguarding) {
    }

    public record Sharing(Count total, Map<String, Count> byRecipient) {
    }

    public record Evaluations(Count requestsSent, Count returned, Map<String, Count> usefulness,
                              Map<String, Count> impartial, Map<String, Count> wentWell) {
    }

    public record Impartiality(Count concernsRaised, Count concernsAnsweredWithIndependentSignposting,
                               Count informationSharedWithConsent, Count informationSharedUnderSafeguarding,
                               Count viewsConveyedNotConfirmed) {
    }

    /** Complaints [002 §10]: responses in the period, on time or late, and those passed to the Head of Branch. */
    public record Complaints(Count received, Count answered, Count answeredWithin5WorkingDays, Count answeredLate,
                             Count escalated) {
    }

    /**
     * Thanks received [002 §5.12 (8)]: written (card, letter or email: indicator 8) or spoken. Written and verbal
     * add up to received, so they are protected together like any breakdown of a published total.
     */
    public record Compliments(Count received, Count written, Count verbal) {
    }

    /**
     * One of the draft performance indicators of [002 §5.12]: its value where Casebook's events can answer it, and
     * otherwise why not.
     */
    public record PerformanceIndicator(int number, String indicator, boolean answerable, Count value, String note) {
    }
}

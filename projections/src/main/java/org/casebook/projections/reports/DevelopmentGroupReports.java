package org.casebook.projections.reports;

import static org.casebook.projections.reports.FactCounts.shown;
import static org.casebook.projections.reports.FactCounts.total;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.casebook.domain.casework.AppealOutcome;
import org.casebook.domain.casework.AppealableDecisionKind;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.ImpartialityRating;
import org.casebook.domain.casework.MediationOutcome;
import org.casebook.domain.casework.MediationReason;
import org.casebook.domain.casework.MeetingType;
import org.casebook.domain.casework.Organisation;
import org.casebook.domain.casework.Recipient;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.casework.Usefulness;
import org.casebook.domain.casework.WentWell;
import org.casebook.domain.compliments.ComplimentKind;
import org.casebook.projections.Json;
import org.casebook.projections.reports.DevelopmentGroupReport.PerformanceIndicator;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the Development Group report for a period from {@code report_fact}. */
public class DevelopmentGroupReports {

    static final String SUPPRESSION = "Counts from 1 to 4 are shown as \"<5\" so that no family can be recognised.";

    private final JdbcTemplate jdbc;
    private final FactCounts facts;
    private final ImpartialityAudits audits;

    public DevelopmentGroupReports(JdbcTemplate jdbc, ImpartialityAudits audits) {
        this.jdbc = jdbc;
        this.facts = new FactCounts(jdbc);
        this.audits = audits;
    }

    /** The report for the period, with the same figures for the previous period of the same length beside it. */
    public DevelopmentGroupReport generate(ReportPeriod period) {
        return figures(period).withPreviousPeriod(figures(period.previous()));
    }

    private DevelopmentGroupReport figures(ReportPeriod period) {
        Map<String, Long> byChannel = facts.byValue(Fact.ENQUIRY, "channel", period, Channel.class);
        Map<String, Long> contacts = FactCounts.sum(byChannel,
                facts.byValue(Fact.CONTACT, "channel", period, Channel.class));
        Map<String, Long> meetings = facts.byValue(Fact.MEETING, "meetingType", period, MeetingType.class);
        Map<String, Long> referrals = facts.byValue(Fact.MEDIATION_REFERRAL, "reason", period, MediationReason.class);
        Map<String, Long> decisions = facts.byValue(Fact.APPEALABLE_DECISION, "kind", period,
                AppealableDecisionKind.class);
        Map<String, Long> usefulness = facts.byValue(Fact.EVALUATION, "usefulness", period, Usefulness.class);
        Map<String, Long> sharing = facts.byValue(Fact.INFORMATION_SHARED, "basis", period, SharingBasis.class);
        Map<String, Long> sharedWithConsent = facts.sharedByRecipient(SharingBasis.CONSENT.name(), period,
                Recipient.class);
        Map<String, Long> sharedUnderSafeguarding = facts.sharedByRecipient(SharingBasis.SAFEGUARDING.name(), period,
                Recipient.class);
        Map<String, Long> timeliness = facts.complaintResponsesByTimeliness(period);
        Map<String, Count> timelinessShown = Disclosure.protect(timeliness);
        Map<String, Long> compliments = new java.util.LinkedHashMap<>();
        compliments.put("WRITTEN", 0L);
        compliments.put("VERBAL", 0L);
        facts.byValue(Fact.COMPLIMENT, "kind", period, ComplimentKind.class).forEach((kind, count) ->
                compliments.merge(ComplimentKind.valueOf(kind).written() ? "WRITTEN" : "VERBAL", count, Long::sum));
        Map<String, Count> complimentsShown = Disclosure.protect(compliments);
        long escalated = facts.byValue(Fact.COMPLAINT_ANSWERED, "escalated", period, Escalated.class)
                .get(Escalated.TRUE.name()) + facts.count(Fact.COMPLAINT_ESCALATED, "escalated", period);
        ImpartialityAudit audit = audits.generate(period, false);
        return new DevelopmentGroupReport(
                reportRef(period),
                new DevelopmentGroupReport.Period(period.from().toString(), period.to().toString(),
                        period.academicYear()),
                new DevelopmentGroupReport.Enquiries(new Count(total(byChannel)), Disclosure.protect(byChannel),
                        Disclosure.protect(facts.byValue(Fact.ENQUIRY, "enquirerRole", period, EnquirerRole.class)),
                        Disclosure.protect(facts.byValue(Fact.ENQUIRY, "about", period, EnquiryAbout.class)),
                        shown(facts.byValue(Fact.ENQUIRY_TOPIC, "topic", period, Topic.class)),
                        Disclosure.protect(facts.enquiriesByLevel(period))),
                new Count(facts.count(Fact.CASEWORK_OPENED, "level", period)),
                new DevelopmentGroupReport.Contacts(new Count(total(contacts)), Disclosure.protect(contacts)),
                new DevelopmentGroupReport.Tally(new Count(total(meetings)), Disclosure.protect(meetings)),
                new DevelopmentGroupReport.Mediation(new Count(total(referrals)), Disclosure.protect(referrals),
                        shown(facts.byValue(Fact.MEDIATION_OUTCOME, "outcome", period, MediationOutcome.class))),
                new DevelopmentGroupReport.Decisions(new Count(total(decisions)), Disclosure.protect(decisions),
                        shown(facts.byValue(Fact.APPEAL_OUTCOME, "outcome", period, AppealOutcome.class))),
                new DevelopmentGroupReport.Signposting(
                        shown(facts.byValue(Fact.SIGNPOSTING, "organisation", period, Organisation.class))),
                new DevelopmentGroupReport.InformationShared(
                        new DevelopmentGroupReport.Sharing(new Count(total(sharedWithConsent)),
                                Disclosure.protect(sharedWithConsent)),
                        new DevelopmentGroupReport.Sharing(new Count(total(sharedUnderSafeguarding)),
                                Disclosure.protect(sharedUnderSafeguarding))),
                new DevelopmentGroupReport.Evaluations(
                        new Count(facts.count(Fact.EVALUATION_REQUEST, "sent", period)),
                        new Count(total(usefulness)), Disclosure.protect(usefulness),
                        Disclosure.protect(facts.byValue(Fact.EVALUATION, "impartial", period,
                                ImpartialityRating.class)),
                        shown(facts.byValue(Fact.EVALUATION_WENT_WELL, "wentWell", period, WentWell.class))),
                new DevelopmentGroupReport.Impartiality(
                        new Count(audit.impartialityConcerns().raised()),
                        new Count(audit.impartialityConcerns().answeredWithin10WorkingDays()),
                        new Count(sharing.get(SharingBasis.CONSENT.name())),
                        new Count(sharing.get(SharingBasis.SAFEGUARDING.name())),
                        new Count(audit.viewsConveyedNotConfirmed().size())),
                new DevelopmentGroupReport.Complaints(
                        new Count(facts.count(Fact.COMPLAINT, "received", period)),
                        new Count(total(timeliness)),
                        timelinessShown.get("ON_TIME"),
                        timelinessShown.get("LATE"),
                        new Count(escalated)),
                new DevelopmentGroupReport.Compliments(new Count(total(compliments)),
                        complimentsShown.get("WRITTEN"), complimentsShown.get("VERBAL")),
                performanceIndicators(period, complimentsShown.get("WRITTEN")),
                null,
                SUPPRESSION);
    }

    /** The lowercase hex SHA-256 of the report's canonical JSON: what a decision records as reviewed. */
    public static String sha256(DevelopmentGroupReport report) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Json.write(report).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static String reportRef(ReportPeriod period) {
        return period.academicYear() != null
                ? "development-group?academicYear=" + period.academicYear()
                : "development-group?from=" + period.from() + "&to=" + period.to();
    }

    /** The draft indicators of [002 §5.12], numbered as there. */
    private List<PerformanceIndicator> performanceIndicators(ReportPeriod period, Count writtenThanks) {
        return List.of(
                notAnswerable(1, "DCSF National Exemplification Standards achieved in the best practice category",
                        "A self-assessment against the standards, not something recorded on cases."),
                new PerformanceIndicator(2, "Individual parent queries by phone or face to face",
                        true, new Count(parentQueriesByPhoneOrFaceToFace(period)),
                        "Enquiries from parents or carers whose channel was PHONE or FACE_TO_FACE."),
                notAnswerable(3, "Recorded hits for the website and on-line directory",
                        "Web analytics are not case events."),
                notAnswerable(4, "Parents participating in group learning opportunities",
                        "Group work is not recorded in Casebook, which records individual casework."),
                notAnswerable(5, "Parents approaching Parent Support Advisers in schools",
                        "Only cases allocated to a PSA are known, not every approach made to one in school."),
                notAnswerable(6, "Parents in contact through the Parent Participation Strategy",
                        "Forum attendance and parent representation are not case events."),
                notAnswerable(7, "Parents whose views were obtained for school improvement after an Ofsted inspection",
                        "Not recorded as case events."),
                new PerformanceIndicator(8, "Positive written messages, emails and cards of thanks",
                        true, writtenThanks,
                        "Compliments received as a CARD, LETTER or EMAIL: compliments.written."));
    }

    private static PerformanceIndicator notAnswerable(int number, String indicator, String why) {
        return new PerformanceIndicator(number, indicator, false, null, why);
    }

    private long parentQueriesByPhoneOrFaceToFace(ReportPeriod period) {
        // Two index-only scans of the period's enquiry facts, joined by event: each enquiry has one channel and one
        // enquirer role fact.
        Long count = jdbc.queryForObject("""
                        SELECT count(*) FROM
                          (SELECT event_id FROM report_fact WHERE fact = 'ENQUIRY' AND dimension = 'channel'
                             AND occurred_on BETWEEN ? AND ? AND val IN ('PHONE', 'FACE_TO_FACE')) c
                        JOIN
                          (SELECT event_id FROM report_fact WHERE fact = 'ENQUIRY' AND dimension = 'enquirerRole'
                             AND occurred_on BETWEEN ? AND ? AND val IN ('PARENT', 'CARER')) r
                        ON r.event_id = c.event_id""",
                Long.class, period.from(), period.to(), period.from(), period.to());
        return count == null ? 0 : count;
    }

    enum SharingBasis { CONSENT, SAFEGUARDING }

    enum Escalated { TRUE, FALSE }
}

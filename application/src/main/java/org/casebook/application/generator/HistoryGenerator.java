package org.casebook.application.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.casebook.application.casework.Casework;
import org.casebook.domain.casework.AnswerComplaint;
import org.casebook.domain.casework.AllocateSupporter;
import org.casebook.domain.casework.AppealOutcome;
import org.casebook.domain.casework.AppealRules;
import org.casebook.domain.casework.AppealableDecisionKind;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.ChildDetails;
import org.casebook.domain.casework.CloseCase;
import org.casebook.domain.casework.ComplaintId;
import org.casebook.domain.casework.ConcernId;
import org.casebook.domain.casework.ConsentGiver;
import org.casebook.domain.casework.ConsentId;
import org.casebook.domain.casework.ConsentKind;
import org.casebook.domain.casework.ConsentMethod;
import org.casebook.domain.casework.DecisionId;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.EscalateComplaint;
import org.casebook.domain.casework.ImpartialityRating;
import org.casebook.domain.casework.GiveConsent;
import org.casebook.domain.casework.GiveSignposting;
import org.casebook.domain.casework.MediationOutcome;
import org.casebook.domain.casework.MediationReason;
import org.casebook.domain.casework.MeetingId;
import org.casebook.domain.casework.MeetingSupport;
import org.casebook.domain.casework.MeetingType;
import org.casebook.domain.casework.Organisation;
import org.casebook.domain.casework.ParentDetails;
import org.casebook.domain.casework.RaiseImpartialityConcern;
import org.casebook.domain.casework.ReceiveComplaint;
import org.casebook.domain.casework.ReceiveEnquiry;
import org.casebook.domain.casework.Recipient;
import org.casebook.domain.casework.RecordAppealOutcome;
import org.casebook.domain.casework.RecordAppealableDecision;
import org.casebook.domain.casework.RecordContact;
import org.casebook.domain.casework.RecordMediationCertificate;
import org.casebook.domain.casework.RecordMediationOutcome;
import org.casebook.domain.casework.RecordPersonalDetails;
import org.casebook.domain.casework.ReferToMediation;
import org.casebook.domain.casework.ReferralId;
import org.casebook.domain.casework.ReferringParty;
import org.casebook.domain.casework.ReturnEvaluation;
import org.casebook.domain.casework.SendEvaluationRequest;
import org.casebook.domain.casework.ShareInformation;
import org.casebook.domain.casework.SharingId;
import org.casebook.domain.casework.SupportMeeting;
import org.casebook.domain.casework.SupporterRole;
import org.casebook.domain.casework.WentWell;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.ServiceCalendar;
import org.casebook.domain.shared.StaffRole;

/**
 * Fills a store with cases shaped like a real service's years, through the same commands and rules as the API.
 * 2,647 enquiries a year (the busiest Hertfordshire year, [000 §1.4]), by channel, caller and topic in seed 000's
 * proportions ({@link Proportions}, docs/generator.md); about two in five become level 2 casework with consent,
 * details, contacts and meetings [002 §5.8], some with evaluations [002 §10], appealable decisions, mediation [001]
 * and appeal outcomes [000 §2.6], impartiality concerns answered by signposting [002 §4.4], sharing and complaints,
 * some escalated [002 §10]. The history runs up to
 * yesterday, and nothing is dated after today. Names are invented ("Parent 123"). A fixed seed gives the same
 * history every time.
 */
public class HistoryGenerator {

    static final int ENQUIRIES_PER_YEAR = Proportions.ENQUIRIES_PER_YEAR;
    static final int MAX_YEARS = 12;
    /** A local independent organisation is named, which only signposting records, not the enquiry. */
    private static final Organisation[] SIGNPOSTED_AT_ENQUIRY = java.util.Arrays.stream(Organisation.values())
            .filter(organisation -> organisation != Organisation.LOCAL_INDEPENDENT).toArray(Organisation[]::new);

    private final Casework casework;
    private final Clock clock;
    private final Random random;
    private final Actor actor;
    private final GenerationProgress progress;
    private final LocalDate today;
    private long events;

    public HistoryGenerator(Casework casework, Clock clock, long seed) {
        this(casework, clock, seed, GenerationProgress.silent());
    }

    /** A generator that counts what it records in {@code progress}, which several generators may share. */
    public HistoryGenerator(Casework casework, Clock clock, long seed, GenerationProgress progress) {
        this.casework = casework;
        this.clock = clock;
        this.random = new Random(seed);
        this.actor = new Actor("generator", StaffRole.CASEWORKER, clock.instant());
        this.progress = progress;
        this.today = ServiceCalendar.dateOf(clock.instant());
    }

    /** Records cases until at least {@code target} events are stored, and returns how many were recorded. */
    public long generate(long target) {
        // A year of one service is about 12,000 events (some 4.7 an enquiry); beyond MAX_YEARS a bigger store stands
        // for a bigger area (several services, or a large county) rather than a history reaching back before bank
        // holidays are known.
        long years = Math.min(MAX_YEARS, Math.max(1, target / (ENQUIRIES_PER_YEAR * 5L)));
        LocalDate first = today.minusYears(years);
        long span = ChronoUnit.DAYS.between(first, today);
        int n = 0;
        while (events < target) {
            oneCase(receivedOn(first, span), n++);
        }
        return events;
    }

    /** A day in the span, August less often: supporters worked term time and calls were counted to July [000 §1.4]. */
    private LocalDate receivedOn(LocalDate first, long span) {
        while (true) {
            LocalDate day = first.plusDays(Math.floorMod(random.nextLong(), span));
            if (day.getMonth() != java.time.Month.AUGUST || chance(Proportions.AUGUST)) {
                return day;
            }
        }
    }

    /** Whether something dated {@code day} has happened yet: nothing is recorded in the future. */
    private boolean past(LocalDate day) {
        return !day.isAfter(today);
    }

    private void oneCase(LocalDate received, int n) {
        CaseId caseId = CaseId.random();
        EnquirerRole enquirer = Proportions.ENQUIRER.pick(random);
        casework.receiveEnquiry(new ReceiveEnquiry(caseId, received, Proportions.CHANNEL.pick(random),
                enquirer, pick(EnquiryAbout.values()), Proportions.topics(random),
                chance(0.3) ? EnumSet.of(pick(SIGNPOSTED_AT_ENQUIRY)) : Set.of(), actor));
        counted();
        boolean family = enquirer == EnquirerRole.PARENT || enquirer == EnquirerRole.CARER;
        if (!family || !chance(Proportions.LEVEL_TWO)) {
            return;
        }
        record(new GiveConsent(caseId, ConsentId.random(), ConsentKind.RECORD_KEEPING, received,
                enquirer == EnquirerRole.CARER ? ConsentGiver.CARER : ConsentGiver.PARENT,
                ConsentMethod.VERBAL, null, null, actor, null));
        record(new RecordPersonalDetails(caseId, new ParentDetails("Parent " + n, null, null, null, "English", null),
                new ChildDetails("Child " + n, null, null, null), actor, null));
        counted();
        SupporterRole role = Proportions.SUPPORTER.pick(random);
        record(new AllocateSupporter(caseId, supporter(role, n), role, actor, null));
        LocalDate day = received;
        for (int i = 0, contacts = 1 + random.nextInt(4); i < contacts; i++) {
            LocalDate next = day.plusDays(3 + random.nextInt(30));
            if (!past(next)) {
                break;
            }
            day = next;
            record(new RecordContact(caseId, day, Proportions.CHANNEL.pick(random), actor, null));
        }
        if (!past(day.plusDays(60))) {
            return; // recent casework: its meetings, decisions and closure are still to come
        }
        if (chance(Proportions.MEETING_GIVEN_LEVEL_TWO)) {
            boolean conveyed = chance(0.3);
            MeetingType type = pick(MeetingType.values());
            // the generator records as staff, who give the in-house declaration at panels and tribunals [002 §4.7]
            record(new SupportMeeting(caseId, MeetingId.random(), type, day.plusDays(7),
                    EnumSet.of(MeetingSupport.PREPARATION, MeetingSupport.ATTENDED), conveyed, conveyed && chance(0.7),
                    true, type.isAppealHearing(), actor, null));
        }
        if (chance(0.2)) {
            record(new GiveConsent(caseId, ConsentId.random(), ConsentKind.INFORMATION_SHARING, received,
                    ConsentGiver.PARENT, ConsentMethod.WRITTEN, Recipient.SCHOOL, null, actor, null));
            record(new ShareInformation(caseId, SharingId.random(), day, Recipient.SCHOOL, "Support plan review",
                    null, null, actor, null));
        }
        if (chance(0.1)) {
            DecisionId decision = DecisionId.random();
            record(new RecordAppealableDecision(caseId, decision, AppealableDecisionKind.SEN_DECISION,
                    day, null, false, actor, null));
            LocalDate certified = day.plusDays(30);
            if (AppealRules.forLetterDate(day) == AppealRules.CFA_2014 && chance(0.5)
                    && !certified.isAfter(ServiceCalendar.dateOf(clock.instant()))) {
                record(new RecordMediationCertificate(caseId, decision, certified, actor, null));
            }
            if (chance(0.7) && past(day.plusDays(45))) {
                record(new RecordAppealOutcome(caseId, decision, day.plusDays(45), pick(AppealOutcome.values()),
                        actor, null));
            }
            if (chance(0.5)) {
                ReferralId referral = ReferralId.random();
                record(new ReferToMediation(caseId, referral, day.plusDays(5), "Regional SEN mediation",
                        pick(MediationReason.values()), ReferringParty.PARENT, actor, null));
                record(new RecordMediationOutcome(caseId, referral, day.plusDays(40), pick(MediationOutcome.values()),
                        actor, null));
            }
        }
        if (chance(0.03)) {
            record(new RaiseImpartialityConcern(caseId, ConcernId.random(), day, null, actor, null));
            record(new GiveSignposting(caseId, day.plusDays(2), EnumSet.of(Organisation.IPSEA), actor, null));
        }
        if (chance(0.02)) {
            ComplaintId complaint = ComplaintId.random();
            record(new ReceiveComplaint(caseId, complaint, day, null, actor, null));
            record(new AnswerComplaint(caseId, complaint, day.plusDays(3), false, actor, null));
            if (chance(0.3)) {
                record(new EscalateComplaint(caseId, complaint, day.plusDays(5), actor, null));
            }
        }
        LocalDate sent = received.plusMonths(6);
        if (past(sent)) {
            record(new SendEvaluationRequest(caseId, sent, actor, null));
            if (chance(0.6) && past(sent.plusDays(14))) {
                ImpartialityRating impartial = Proportions.IMPARTIAL.pick(random);
                record(new ReturnEvaluation(caseId, sent.plusDays(14), EnumSet.of(pick(WentWell.values())),
                        Proportions.USEFULNESS.pick(random), impartial, null, null, chance(0.3),
                        impartial == ImpartialityRating.NO ? ConcernId.random() : null, actor, null));
                if (impartial == ImpartialityRating.NO) {
                    counted(); // the concern the form raised by itself
                }
            }
        }
        if (chance(0.8)) {
            record(new CloseCase(caseId, day.plusDays(60), "Casework complete", actor, null));
        }
    }

    private void record(org.casebook.domain.casework.CaseCommand command) {
        casework.record(command);
        counted();
    }

    private void counted() {
        events++;
        progress.recorded(1);
    }

    /**
     * Who a case is allocated to: the demo users among others, so that their caseloads have something in them
     * when the embedded default is tried with sample history.
     */
    private static String supporter(SupporterRole role, int n) {
        return switch (role) {
            case STAFF -> n % 4 == 0 ? "caseworker1" : n % 4 == 1 ? "caseworker2" : "supporter" + (n % 6);
            case IPS_VOLUNTEER -> n % 2 == 0 ? "volunteer1" : "volunteer2";
            case PSA -> "psa" + (n % 3);
        };
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }
}

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
import org.casebook.domain.casework.AppealableDecisionKind;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.Channel;
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
import org.casebook.domain.casework.GiveConsent;
import org.casebook.domain.casework.GiveSignposting;
import org.casebook.domain.casework.ImpartialityRating;
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
import org.casebook.domain.casework.RecordAppealableDecision;
import org.casebook.domain.casework.RecordContact;
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
import org.casebook.domain.casework.Topic;
import org.casebook.domain.casework.Usefulness;
import org.casebook.domain.casework.WentWell;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.ServiceCalendar;
import org.casebook.domain.shared.StaffRole;

/**
 * Fills a store with cases shaped like a real service's years, through the same commands and rules as the API.
 * About 2,600 enquiries a year (the busiest Hertfordshire year, [000 §1.4]); two in five become level 2 casework
 * with consent, details, contacts and meetings [002 §5.8], some with evaluations [002 §10], appealable decisions,
 * mediation [001], impartiality concerns answered by signposting [002 §4.4], sharing and complaints. Names are
 * invented ("Parent 123"). A fixed seed gives the same history every time.
 */
public class HistoryGenerator {

    static final int ENQUIRIES_PER_YEAR = 2_600;
    static final int MAX_YEARS = 12;

    private final Casework casework;
    private final Clock clock;
    private final Random random;
    private final Actor actor;
    private long events;

    public HistoryGenerator(Casework casework, Clock clock, long seed) {
        this.casework = casework;
        this.clock = clock;
        this.random = new Random(seed);
        this.actor = new Actor("generator", StaffRole.CASEWORKER, clock.instant());
    }

    /** Records cases until at least {@code target} events are stored, and returns how many were recorded. */
    public long generate(long target) {
        LocalDate today = ServiceCalendar.dateOf(clock.instant());
        // A year of one service is about 10,000 events; beyond MAX_YEARS a bigger store stands for a bigger area
        // (several services, or a large county) rather than a history reaching back before bank holidays are known.
        long years = Math.min(MAX_YEARS, Math.max(1, target / (ENQUIRIES_PER_YEAR * 4L)));
        LocalDate first = today.minusYears(years);
        long span = ChronoUnit.DAYS.between(first, today.minusDays(200));
        int n = 0;
        while (events < target) {
            LocalDate received = first.plusDays(Math.max(0, span) == 0 ? 0 : Math.floorMod(random.nextLong(), span));
            oneCase(received, n++);
        }
        return events;
    }

    private void oneCase(LocalDate received, int n) {
        CaseId caseId = CaseId.random();
        casework.receiveEnquiry(new ReceiveEnquiry(caseId, received, pick(Channel.values()),
                pick(EnquirerRole.values()), pick(EnquiryAbout.values()), EnumSet.of(pick(Topic.values())),
                chance(0.3) ? EnumSet.of(pick(Organisation.values())) : Set.of(), actor));
        events++;
        if (!chance(0.4)) {
            return;
        }
        record(new GiveConsent(caseId, ConsentId.random(), ConsentKind.RECORD_KEEPING, received, ConsentGiver.PARENT,
                ConsentMethod.VERBAL, null, null, actor, null));
        record(new RecordPersonalDetails(caseId, new ParentDetails("Parent " + n, null, null, null, "English", null),
                new ChildDetails("Child " + n, null, null, null), actor, null));
        events++;
        record(new AllocateSupporter(caseId, "supporter" + (n % 12), pick(SupporterRole.values()), actor, null));
        LocalDate day = received;
        for (int i = 0, contacts = 1 + random.nextInt(4); i < contacts; i++) {
            day = day.plusDays(3 + random.nextInt(30));
            record(new RecordContact(caseId, day, pick(Channel.values()), actor, null));
        }
        if (chance(0.5)) {
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
            record(new RecordAppealableDecision(caseId, DecisionId.random(), AppealableDecisionKind.SEN_DECISION,
                    day, null, false, actor, null));
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
        }
        LocalDate sent = received.plusMonths(6);
        if (!sent.isAfter(ServiceCalendar.dateOf(clock.instant()))) {
            record(new SendEvaluationRequest(caseId, sent, actor, null));
            if (chance(0.6) && !sent.plusDays(14).isAfter(ServiceCalendar.dateOf(clock.instant()))) {
                record(new ReturnEvaluation(caseId, sent.plusDays(14), EnumSet.of(pick(WentWell.values())),
                        pick(Usefulness.values()), pick(ImpartialityRating.values()), null, null, chance(0.3),
                        actor, null));
            }
        }
        if (chance(0.8) && !day.plusDays(60).isAfter(ServiceCalendar.dateOf(clock.instant()))) {
            record(new CloseCase(caseId, day.plusDays(60), "Casework complete", actor, null));
        }
    }

    private void record(org.casebook.domain.casework.CaseCommand command) {
        casework.record(command);
        events++;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }
}

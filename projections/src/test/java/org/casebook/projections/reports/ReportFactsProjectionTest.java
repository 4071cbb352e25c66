package org.casebook.projections.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.domain.casework.CaseErased;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.CaseworkOpened;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.EnquiryReceived;
import org.casebook.domain.casework.EvaluationReturned;
import org.casebook.domain.casework.ImpartialityRating;
import org.casebook.domain.casework.InformationShared;
import org.casebook.domain.casework.MeetingId;
import org.casebook.domain.casework.MeetingSupport;
import org.casebook.domain.casework.MeetingSupported;
import org.casebook.domain.casework.MeetingType;
import org.casebook.domain.casework.Organisation;
import org.casebook.domain.casework.Recipient;
import org.casebook.domain.casework.SafeguardingGround;
import org.casebook.domain.casework.SafeguardingOverride;
import org.casebook.domain.casework.SharingId;
import org.casebook.domain.casework.SupporterAllocated;
import org.casebook.domain.casework.SupporterRole;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.casework.Usefulness;
import org.casebook.domain.casework.WentWell;
import org.casebook.domain.shared.Recorded;
import org.casebook.projections.Feed;
import org.casebook.projections.InMemoryTables;
import org.casebook.domain.casework.ConsentGiven;
import org.casebook.domain.casework.ConsentGiver;
import org.casebook.domain.casework.ConsentId;
import org.casebook.domain.casework.ConsentKind;
import org.casebook.domain.casework.ConsentMethod;
import org.casebook.domain.casework.ConsentWithdrawn;
import org.casebook.domain.compliments.ComplimentId;
import org.casebook.domain.compliments.ComplimentKind;
import org.casebook.domain.compliments.ComplimentReceived;
import org.junit.jupiter.api.Test;

/**
 * The report facts without a database: events go to {@link ReportFactsProjection} as its processor would hand them
 * over, and the anonymous facts it keeps are read back. Every report figure is a count of these facts
 * (docs/reports.md), so what is checked here is what the reports can ever show: enumerated values dated when the
 * thing happened, attributed to the case's worker, and never a name or a word of free text.
 */
class ReportFactsProjectionTest {

    private static final Recorded BY = new Recorded("caseworker1", Instant.parse("2026-11-30T10:00:00Z"));
    private static final String SECRET = "Alex Example said the school is failing Sam";

    private final InMemoryTables tables = new InMemoryTables();
    private final ReportFactsProjection projection = new ReportFactsProjection(tables);
    private final CaseId caseId = CaseId.random();

    @Test
    void anEnquiryIsCountedByChannelRoleSubjectTopicAndSignpostingOnTheDayItCameIn() {
        feed(enquiry(), "event-1");

        assertThat(facts()).extracting(f -> f.get("fact"), f -> f.get("dimension"), f -> f.get("val"))
                .containsExactlyInAnyOrder(
                        tuple("ENQUIRY", "channel", "PHONE"),
                        tuple("ENQUIRY", "enquirerRole", "PARENT"),
                        tuple("ENQUIRY", "about", "CHILD"),
                        tuple("ENQUIRY_TOPIC", "topic", "STATUTORY_ASSESSMENT"),
                        tuple("ENQUIRY_TOPIC", "topic", "EXCLUSION"),
                        tuple("SIGNPOSTING", "organisation", "IPSEA"));
        assertThat(facts()).allSatisfy(fact -> {
            assertThat(fact.get("occurred_on")).isEqualTo(java.sql.Date.valueOf("2026-10-05"));
            assertThat(fact.get("case_id")).isEqualTo(caseId.value());
        });
        assertThat(tables.row("report_case", caseId.value()).orElseThrow()).containsEntry("level", 1);
    }

    @Test
    void caseworkOpenedRaisesTheCaseToLevelTwoForTheEnquiriesByLevel() {
        feed(enquiry(), "event-1");
        feed(new CaseworkOpened(caseId, LocalDate.parse("2026-10-06"), BY), "event-2");

        assertThat(tables.row("report_case", caseId.value()).orElseThrow()).containsEntry("level", 2);
        assertThat(factsOf("CASEWORK_OPENED")).singleElement()
                .satisfies(f -> assertThat(f.get("occurred_on")).isEqualTo(java.sql.Date.valueOf("2026-10-06")));
    }

    @Test
    void workIsAttributedToTheSupporterAtTheTimeOrElseToWhoeverRecordedIt() {
        feed(enquiry(), "event-1");
        feed(meeting("2026-10-07"), "event-2");
        feed(new SupporterAllocated(caseId, "volunteer1", SupporterRole.IPS_VOLUNTEER,
                LocalDate.parse("2026-10-08"), BY), "event-3");
        feed(meeting("2026-10-09"), "event-4");

        assertThat(factsOf("MEETING")).extracting(f -> f.get("worker"))
                .containsExactly("caseworker1", "volunteer1");
    }

    @Test
    void anEvaluationIsCountedByItsAnswersAndNeverByItsWords() {
        feed(enquiry(), "event-1");
        feed(new EvaluationReturned(caseId, LocalDate.parse("2026-11-02"),
                Set.of(WentWell.LISTENING, WentWell.FINDING_WAYS_FORWARD), Usefulness.VERY_USEFUL,
                ImpartialityRating.ALWAYS, SECRET, SECRET, true, BY), "event-2");

        assertThat(factsOf("EVALUATION")).extracting(f -> f.get("dimension"), f -> f.get("val"))
                .containsExactlyInAnyOrder(tuple("usefulness", "VERY_USEFUL"), tuple("impartial", "ALWAYS"));
        assertThat(factsOf("EVALUATION_WENT_WELL")).extracting(f -> f.get("val"))
                .containsExactlyInAnyOrder("LISTENING", "FINDING_WAYS_FORWARD");
        assertThat(facts().toString()).doesNotContain("Alex", "Sam", "failing");
    }

    @Test
    void aSafeguardingOverrideIsListedAndItsWordsGoWhenTheCaseIsErased() {
        SharingId sharing = SharingId.random();
        feed(enquiry(), "event-1");
        feed(new InformationShared(caseId, sharing, LocalDate.parse("2026-11-03"), Recipient.SOCIAL_CARE,
                SECRET, null, null, new SafeguardingOverride(SECRET, "manager1",
                SafeguardingGround.CIVIL_SAFETY), BY), "event-2");

        assertThat(factsOf("INFORMATION_SHARED")).extracting(f -> f.get("dimension"), f -> f.get("val"))
                .containsExactlyInAnyOrder(tuple("basis", "SAFEGUARDING"), tuple("recipient", "SOCIAL_CARE"));
        assertThat(tables.row("report_safeguarding_override", sharing.value()).orElseThrow())
                .containsEntry("approved_by", "manager1").containsEntry("justification", SECRET)
                .containsEntry("ground", "CIVIL_SAFETY");

        feed(new CaseErased(caseId, LocalDate.parse("2026-11-20"), "erasure requested", BY), "event-3");

        assertThat(tables.row("report_safeguarding_override", sharing.value()).orElseThrow())
                .containsEntry("justification", null).containsEntry("approved_by", "manager1");
    }

    @Test
    void anEventHandledTwiceIsCountedOnce() {
        feed(enquiry(), "event-1");
        int once = facts().size();

        feed(enquiry(), "event-1");

        assertThat(facts()).hasSize(once);
    }

    @Test
    void caseworkOpenedIsDatedByTheRecordKeepingConsentStandingWhenTheDetailsWereFirstKept() {
        ConsentId withdrawn = ConsentId.random();
        ConsentId standing = ConsentId.random();
        feed(enquiry(), "event-1");
        feed(recordKeeping(withdrawn, "2026-10-05"), "event-2");
        feed(new ConsentWithdrawn(caseId, withdrawn, LocalDate.parse("2026-10-07"), BY), "event-3");
        feed(recordKeeping(standing, "2026-10-09"), "event-4");
        // Typed in weeks later: the event carries the day of typing, the report the day the parent agreed.
        feed(new CaseworkOpened(caseId, LocalDate.parse("2026-11-20"), BY), "event-5");

        assertThat(factsOf("CASEWORK_OPENED")).singleElement()
                .satisfies(f -> assertThat(f.get("occurred_on")).isEqualTo(java.sql.Date.valueOf("2026-10-09")));
    }

    @Test
    void aComplimentIsCountedByKindAndBelongsToNoCase() {
        feed(new ComplimentReceived(ComplimentId.random(), LocalDate.parse("2026-11-02"), ComplimentKind.CARD, BY),
                "event-1");

        assertThat(factsOf("COMPLIMENT")).singleElement().satisfies(f -> {
            assertThat(f.get("val")).isEqualTo("CARD");
            assertThat(f.get("case_id")).isNull();
            assertThat(f.get("occurred_on")).isEqualTo(java.sql.Date.valueOf("2026-11-02"));
        });
    }

    private ConsentGiven recordKeeping(ConsentId consentId, String givenOn) {
        return new ConsentGiven(caseId, consentId, ConsentKind.RECORD_KEEPING, LocalDate.parse(givenOn),
                ConsentGiver.PARENT, ConsentMethod.VERBAL, null, null, BY);
    }

    private void feed(Object event, String eventId) {
        Feed.event(projection, event, eventId);
    }

    private EnquiryReceived enquiry() {
        return new EnquiryReceived(caseId, LocalDate.parse("2026-10-05"), Channel.PHONE, EnquirerRole.PARENT,
                EnquiryAbout.CHILD, Set.of(Topic.STATUTORY_ASSESSMENT, Topic.EXCLUSION), Set.of(Organisation.IPSEA),
                BY);
    }

    private MeetingSupported meeting(String heldOn) {
        return new MeetingSupported(caseId, MeetingId.random(), MeetingType.SCHOOL_MEETING, LocalDate.parse(heldOn),
                Set.of(MeetingSupport.ATTENDED), false, false, false, false, BY);
    }

    private List<Map<String, Object>> facts() {
        return tables.rows("report_fact");
    }

    private List<Map<String, Object>> factsOf(String fact) {
        return facts().stream().filter(f -> fact.equals(f.get("fact"))).toList();
    }
}

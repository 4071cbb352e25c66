package org.casebook.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.casebook.domain.casework.CaseClosed;
import org.casebook.domain.casework.CaseErased;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.CaseReopened;
import org.casebook.domain.casework.CaseworkOpened;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.ConsentGiven;
import org.casebook.domain.casework.ConsentGiver;
import org.casebook.domain.casework.ConsentId;
import org.casebook.domain.casework.ConsentKind;
import org.casebook.domain.casework.ConsentMethod;
import org.casebook.domain.casework.ConsentWithdrawn;
import org.casebook.domain.casework.ContactRecorded;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.EnquiryReceived;
import org.casebook.domain.casework.InformationShared;
import org.casebook.domain.casework.Recipient;
import org.casebook.domain.casework.SafeguardingGround;
import org.casebook.domain.casework.SafeguardingOverride;
import org.casebook.domain.casework.SharingId;
import org.casebook.domain.casework.SupporterAllocated;
import org.casebook.domain.casework.SupporterRole;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.shared.Recorded;
import org.casebook.projections.caseload.CaseloadProjection;
import org.casebook.projections.reports.ReportFactsProjection;
import org.junit.jupiter.api.Test;

/**
 * A bulk rebuild's fill (rows held across pages, appended with no conflict check) must leave the same rows as the
 * processors' path, event by event, whatever the order of the cases' events in the store: here they are interleaved
 * at random across pages, and a fill holding one case's rows must write and read rows back all the time.
 */
class ShadowFillTest {

    private static final Recorded BY = new Recorded("caseworker1", Instant.parse("2026-11-30T10:00:00Z"));
    private static final List<String> TABLES = List.of("caseload_case", "report_fact", "report_case",
            "report_safeguarding_override");

    private final List<Object> events = interleavedHistoryOf(12, new Random(7));

    @Test
    void aFillHoldingEveryCaseWritesWhatTheProcessorsWrite() {
        assertSameRows(filled(1_000, 7));
    }

    @Test
    void aFillHoldingOneCaseWritesAndReadsBackRowsAndStillWritesWhatTheProcessorsWrite() {
        assertSameRows(filled(1, 5));
    }

    @Test
    void aSharingRecordedTwiceIsAppendedOnceAsAProcessorKeepsTheFirst() {
        ShadowFill fill = new ShadowFill((table, columns, rows) -> { }, 10);

        assertThat(fill.firstOf("report_safeguarding_override", "s-1")).isTrue();
        assertThat(fill.firstOf("report_safeguarding_override", "s-1")).isFalse();
        assertThat(fill.firstOf("report_safeguarding_override", "s-2")).isTrue();
    }

    private void assertSameRows(InMemoryTables shadow) {
        InMemoryTables live = new InMemoryTables();
        CaseloadProjection caseload = new CaseloadProjection(live);
        ReportFactsProjection reports = new ReportFactsProjection(live);
        for (int i = 0; i < events.size(); i++) {
            feedLive(caseload, events.get(i), "event-" + i);
            feedLive(reports, events.get(i), "event-" + i);
        }
        for (String table : TABLES) {
            assertThat(live.rows(table)).as(table).isNotEmpty();
            assertThat(shadow.rows(ReadModelTables.SHADOW.of(table))).as(table)
                    .containsExactlyInAnyOrderElementsOf(live.rows(table));
        }
    }

    private static void feedLive(Object projection, Object event, String eventId) {
        try {
            Feed.event(projection, event, eventId);
        } catch (IllegalArgumentException notHandled) {
            // one projection's event, not the other's
        }
    }

    /** Feeds the events a page at a time through both shadow projections, as the bulk rebuild does. */
    private InMemoryTables filled(int heldCases, int pageSize) {
        InMemoryTables shadow = new InMemoryTables();
        ShadowFill fill = new ShadowFill((table, columns, rows) -> shadow.batchUpdate("INSERT INTO " + table
                + " (" + String.join(", ", columns) + ") VALUES (" + ProjectionBatch.placeholders(columns.size())
                + ")", rows), heldCases);
        List<AnnotationEventHandlerAdapter> handlers = List.of(
                new AnnotationEventHandlerAdapter(new CaseloadProjection(shadow, ReadModelTables.SHADOW)),
                new AnnotationEventHandlerAdapter(new ReportFactsProjection(shadow, ReadModelTables.SHADOW)));
        for (int from = 0; from < events.size(); from += pageSize) {
            List<EventMessage<?>> page = new ArrayList<>();
            for (int i = from; i < Math.min(events.size(), from + pageSize); i++) {
                Object event = events.get(i);
                page.add(new GenericDomainEventMessage<>("Case", caseOf(event), i, event, Map.of(), "event-" + i,
                        Instant.EPOCH));
            }
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(page);
            fill.joinUnitOfWork(unitOfWork);
            var result = unitOfWork.executeWithResult(() -> {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    if (handler.canHandle(unitOfWork.getMessage())) {
                        handler.handle(unitOfWork.getMessage());
                    }
                }
                return null;
            }, RollbackConfigurationType.ANY_THROWABLE);
            assertThat(result.isExceptional()).as("page from %d failed: %s", from,
                    result.isExceptional() ? result.exceptionResult() : "").isFalse();
        }
        fill.finish();
        return shadow;
    }

    private static String caseOf(Object event) {
        try {
            return ((CaseId) event.getClass().getMethod("caseId").invoke(event)).value();
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Each case's history in order, the cases' histories shuffled into each other. */
    private static List<Object> interleavedHistoryOf(int cases, Random random) {
        List<List<Object>> histories = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            CaseId caseId = new CaseId(new UUID(7, c).toString());
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300));
            ConsentId consent = new ConsentId(new UUID(8, c).toString());
            List<Object> history = new ArrayList<>(List.of(
                    new EnquiryReceived(caseId, day, Channel.PHONE, EnquirerRole.PARENT, EnquiryAbout.CHILD,
                            Set.of(Topic.STATUTORY_ASSESSMENT), Set.of(), BY),
                    new ConsentGiven(caseId, consent, ConsentKind.RECORD_KEEPING, day.plusDays(1),
                            ConsentGiver.PARENT, ConsentMethod.VERBAL, null, null, BY),
                    new CaseworkOpened(caseId, day.plusDays(2), BY),
                    new SupporterAllocated(caseId, "volunteer" + c % 3, SupporterRole.IPS_VOLUNTEER, day.plusDays(3),
                            BY),
                    new ContactRecorded(caseId, day.plusDays(4), Channel.EMAIL, BY)));
            if (c % 2 == 0) {
                history.add(new InformationShared(caseId, new SharingId(new UUID(9, c % 4).toString()),
                        day.plusDays(5), Recipient.SOCIAL_CARE, "why", null, null,
                        new SafeguardingOverride("why", "manager1", SafeguardingGround.CIVIL_SAFETY), BY));
            }
            history.add(new CaseClosed(caseId, day.plusDays(6), "done", BY));
            if (c % 3 == 0) {
                history.add(new CaseReopened(caseId, day.plusDays(7), BY));
                history.add(new ConsentWithdrawn(caseId, consent, day.plusDays(8), BY));
            }
            if (c % 4 == 2) {
                history.add(new CaseErased(caseId, day.plusDays(9), "asked", BY));
            }
            histories.add(history);
        }
        List<Object> interleaved = new ArrayList<>();
        int[] next = new int[cases];
        while (interleaved.size() < histories.stream().mapToInt(List::size).sum()) {
            int c = random.nextInt(cases);
            if (next[c] < histories.get(c).size()) {
                interleaved.add(histories.get(c).get(next[c]++));
            }
        }
        return interleaved;
    }
}

package org.casebook.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.CaseworkOpened;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.ConsentGiven;
import org.casebook.domain.casework.ConsentGiver;
import org.casebook.domain.casework.ConsentId;
import org.casebook.domain.casework.ConsentKind;
import org.casebook.domain.casework.ConsentMethod;
import org.casebook.domain.casework.ContactRecorded;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.EnquiryReceived;
import org.casebook.domain.casework.SupporterAllocated;
import org.casebook.domain.casework.SupporterRole;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.shared.Recorded;
import org.casebook.projections.caseload.CaseloadProjection;
import org.casebook.projections.reports.ReportFactsProjection;
import org.junit.jupiter.api.Test;

/** Which rows a batch reads, and what a batch does with events its read models have already handled. */
class ProjectionBatchTest {

    private static final Recorded BY = new Recorded("caseworker1", Instant.parse("2026-03-02T10:00:00Z"));

    @Test
    void aBatchReadsTheRowsOfEveryCaseInItIncludingThoseWhoseFirstEventItHolds() {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(
                event("Case", "new-case", 0), event("Case", "new-case", 1),
                event("Case", "older-case", 4),
                event("Compliment", "a-compliment", 0)));

        assertThat(ProjectionBatch.casesIn(batch)).as("a first event may come again (Axon delivers at least once)")
                .containsExactly("new-case", "older-case", "a-compliment");
    }

    @Test
    void aUnitOfWorkWithNoMessageHasNoCases() {
        // A dead letter's retry: the root unit of work holds no message (found by DeadLetterIT).
        assertThat(ProjectionBatch.casesIn(new DefaultUnitOfWork<>(null))).isEmpty();
    }

    @Test
    void rowsAreReadOnceUpFrontAndACaseWithoutOneIsNotAskedForAgain() {
        List<List<String>> queries = new ArrayList<>();
        CaseRows<String> rows = new CaseRows<>(List.of("older-case", "new-case"), (ids, placeholders, found) -> {
            queries.add(List.copyOf(ids));
            ids.stream().filter("older-case"::equals).forEach(id -> found.row(id, "row of " + id));
        });

        assertThat(rows.find("new-case")).isEmpty();
        assertThat(rows.find("older-case")).contains("row of older-case");
        assertThat(queries).containsExactly(List.of("older-case", "new-case"));
    }

    /**
     * The crash harness's finding (CI, 2026-12-04): after a restart a batch held a case's enquiry again, with its
     * consent, casework and supporter, which the read models had not seen. Both read models must end as if each
     * event had come once.
     */
    @Test
    void aBatchThatBringsACasesEnquiryAgainKeepsEveryEventAfterIt() {
        CaseId caseId = CaseId.random();
        List<EventMessage<?>> events = List.of(
                caseEvent(caseId, 0, new EnquiryReceived(caseId, LocalDate.parse("2026-03-02"), Channel.PHONE,
                        EnquirerRole.PARENT, EnquiryAbout.CHILD, Set.of(Topic.STATUTORY_ASSESSMENT), Set.of(), BY)),
                caseEvent(caseId, 1, new ConsentGiven(caseId, ConsentId.random(), ConsentKind.RECORD_KEEPING,
                        LocalDate.parse("2026-03-05"), ConsentGiver.PARENT, ConsentMethod.VERBAL, null, null, BY)),
                caseEvent(caseId, 2, new CaseworkOpened(caseId, LocalDate.parse("2026-03-05"), BY)),
                caseEvent(caseId, 3, new SupporterAllocated(caseId, "volunteer1", SupporterRole.IPS_VOLUNTEER,
                        LocalDate.parse("2026-03-06"), BY)),
                caseEvent(caseId, 4, new ContactRecorded(caseId, LocalDate.parse("2026-03-09"), Channel.EMAIL, BY)));
        ReadModels once = new ReadModels();
        once.handle(events);
        ReadModels redelivered = new ReadModels();

        redelivered.handle(events.subList(0, 1));
        redelivered.handle(events);

        assertThat(redelivered.tables.row("caseload_case", caseId.value()).orElseThrow())
                .containsEntry("level", 2).containsEntry("supporter", "volunteer1")
                .containsEntry("last_contact_on", java.sql.Date.valueOf("2026-03-09"));
        for (String table : List.of("caseload_case", "report_case", "report_fact")) {
            assertThat(redelivered.tables.rows(table)).as(table).isEqualTo(once.tables.rows(table));
        }
    }

    /** Both read models on one set of tables, handed batches as their processor hands them over. */
    private static final class ReadModels {
        final InMemoryTables tables = new InMemoryTables();
        final List<Object> projections = List.of(new CaseloadProjection(tables), new ReportFactsProjection(tables));

        void handle(List<EventMessage<?>> batch) {
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
            unitOfWork.executeWithResult(() -> {
                EventMessage<?> event = unitOfWork.getMessage();
                for (Object projection : projections) {
                    Feed.event(projection, event.getPayload(), event.getIdentifier());
                }
                return null;
            }, RollbackConfigurationType.ANY_THROWABLE);
            assertThat(unitOfWork.getExecutionResults().values()).as("the batch's results")
                    .allSatisfy(result -> assertThat(result.isExceptionResult()).isFalse());
        }
    }

    private static EventMessage<?> caseEvent(CaseId caseId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Case", caseId.value(), sequence, payload, Map.of(),
                UUID.randomUUID().toString(), Instant.parse("2026-03-02T10:00:00Z"));
    }

    private static EventMessage<?> event(String type, String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(type, aggregate, sequence, "payload");
    }
}

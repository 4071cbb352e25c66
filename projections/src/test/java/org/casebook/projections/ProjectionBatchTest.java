package org.casebook.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/** Which cases of a batch a read model must read its rows of, and which it opens. */
class ProjectionBatchTest {

    @Test
    void aCaseWhoseFirstEventIsInTheBatchIsOpenedAndNotRead() {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(
                event("Case", "new-case", 0), event("Case", "new-case", 1),
                event("Case", "older-case", 4),
                event("Compliment", "a-compliment", 0)));

        ProjectionBatch.BatchCases cases = ProjectionBatch.casesIn(batch);

        assertThat(cases.opened()).containsExactly("new-case");
        assertThat(cases.existing()).as("only a case's first event opens it; other aggregates' ids are read")
                .containsExactly("older-case", "a-compliment");
    }

    @Test
    void aUnitOfWorkWithNoMessageHasNoCases() {
        // A dead letter's retry: the root unit of work holds no message (found by DeadLetterIT).
        ProjectionBatch.BatchCases cases = ProjectionBatch.casesIn(new DefaultUnitOfWork<>(null));

        assertThat(cases.existing()).isEmpty();
        assertThat(cases.opened()).isEmpty();
    }

    @Test
    void rowsOfOpenedCasesAreKnownAbsentWithoutAQuery() {
        List<List<String>> queries = new ArrayList<>();
        CaseRows<String> rows = new CaseRows<>(new ProjectionBatch.BatchCases(Set.of("older-case"),
                Set.of("new-case")), (ids, placeholders, found) -> {
                    queries.add(List.copyOf(ids));
                    ids.forEach(id -> found.row(id, "row of " + id));
                });

        assertThat(rows.find("new-case")).isEmpty();
        assertThat(rows.find("older-case")).contains("row of older-case");
        assertThat(queries).as("one query up front, for the case that may have a row").containsExactly(
                List.of("older-case"));
    }

    private static EventMessage<?> event(String type, String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(type, aggregate, sequence, "payload");
    }
}

package org.casebook.projections.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import org.casebook.projections.caseload.DueItem.DueKind;
import org.junit.jupiter.api.Test;

class DueColumnTest {

    private static final CaseloadState STATE = new CaseloadState(
            new TreeSet<>(java.util.List.of(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-10"))), null,
            Map.of("decision-1", LocalDate.parse("2026-09-30")),
            Map.of("complaint-1", LocalDate.parse("2026-05-20")),
            Map.of("decision-1", LocalDate.parse("2026-08-31")));

    @Test
    void keepsKindsAndDaysInDueOrderAndJudgesOverdueOnTheDayAsked() {
        String column = DueColumn.write(2, STATE);

        assertThat(column).isEqualTo("COMPLAINT_RESPONSE_DUE 2026-05-20;MEDIATION_ADVICE_DUE 2026-08-31;"
                + "EVALUATION_DUE 2026-09-02;APPEAL_DEADLINE 2026-09-30");
        assertThat(DueColumn.read(column, LocalDate.parse("2026-09-01")))
                .isEqualTo(Caseloads.dueItems(2, STATE, LocalDate.parse("2026-09-01")))
                .extracting(DueItem::kind, DueItem::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DueKind.COMPLAINT_RESPONSE_DUE, true),
                        org.assertj.core.groups.Tuple.tuple(DueKind.MEDIATION_ADVICE_DUE, true),
                        org.assertj.core.groups.Tuple.tuple(DueKind.EVALUATION_DUE, false),
                        org.assertj.core.groups.Tuple.tuple(DueKind.APPEAL_DEADLINE, false));
    }

    @Test
    void nothingDueIsAnEmptyColumnNotAMissingOne() {
        CaseloadState firstContact = CaseloadState.firstContactOn(LocalDate.parse("2026-03-02"));

        assertThat(DueColumn.write(1, firstContact)).isEmpty();
        assertThat(DueColumn.read("", LocalDate.parse("2026-03-03"))).isEmpty();
    }

    @Test
    void aDayBeyondYearNineThousandNineHundredAndNinetyNineIsReadToo() {
        assertThat(DueColumn.read("APPEAL_DEADLINE +10000-01-01", LocalDate.parse("2026-03-03")))
                .containsExactly(new DueItem(DueKind.APPEAL_DEADLINE, LocalDate.of(10_000, 1, 1), false));
    }
}

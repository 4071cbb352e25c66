package org.casebook.projections.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casebook.projections.Json;
import org.casebook.projections.caseload.DueItem.DueKind;
import org.junit.jupiter.api.Test;

/** MEDIATION_ADVICE_DUE and the recomputed APPEAL_DEADLINE, from the state the caseload row keeps. */
class CaseloadStateTest {

    private static final LocalDate OPENED = LocalDate.parse("2026-09-01");

    @Test
    void mediationAdviceIsDueUntilTheCertificateThenTheDeadlineIsTheRecomputedOne() {
        CaseloadState decided = CaseloadState.firstContactOn(OPENED)
                .withAppealDeadline("d1", LocalDate.parse("2026-12-01"))
                .withMediationAdviceDue("d1", LocalDate.parse("2026-12-01"));

        assertThat(items(decided)).containsExactly(
                new DueItem(DueKind.APPEAL_DEADLINE, LocalDate.parse("2026-12-01"), false),
                new DueItem(DueKind.MEDIATION_ADVICE_DUE, LocalDate.parse("2026-12-01"), false));

        CaseloadState certified = decided.withMediationCertificate("d1", LocalDate.parse("2027-01-04"));

        assertThat(items(certified)).containsExactly(
                new DueItem(DueKind.APPEAL_DEADLINE, LocalDate.parse("2027-01-04"), false));
    }

    @Test
    void aCertificateTwiceChangesNothingMore() {
        CaseloadState once = CaseloadState.firstContactOn(OPENED)
                .withAppealDeadline("d1", LocalDate.parse("2026-12-01"))
                .withMediationAdviceDue("d1", LocalDate.parse("2026-12-01"))
                .withMediationCertificate("d1", LocalDate.parse("2027-01-04"));

        assertThat(once.withMediationCertificate("d1", LocalDate.parse("2027-01-04"))).isEqualTo(once);
    }

    @Test
    void aRowWrittenBeforeMediationAdviceExistedReadsAsNoneDue() {
        CaseloadState old = Json.read("""
                {"contacts":["2026-09-01"],"lastRequestSentOn":null,"appealDeadlines":{"d1":"2026-12-01"},
                 "openComplaints":{}}""", CaseloadState.class);

        assertThat(old.mediationAdviceDue()).isEmpty();
        assertThat(items(old)).extracting(DueItem::kind).containsExactly(DueKind.APPEAL_DEADLINE);
    }

    private static List<DueItem> items(CaseloadState state) {
        return Caseloads.dueItems(1, state, LocalDate.parse("2026-12-01"));
    }
}

package org.casebook.application.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.RecordKeepingConsentStands;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

    private static final Clock NOON_25_NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private final List<LocalDate> askedFor = new ArrayList<>();
    private final List<CaseId> erased = new ArrayList<>();

    private RetentionJob job(Period keepFor, List<RetentionCandidate> closed) {
        return new RetentionJob(keepFor, NOON_25_NOVEMBER_2026, (before, limit) -> {
            askedFor.add(before);
            return closed.stream().filter(c -> c.closedOn().isBefore(before)).limit(limit).toList();
        }, erased::add);
    }

    @Test
    void aCaseClosedExactlyTheRetentionPeriodAgoIsDueToday() {
        RetentionCandidate due = new RetentionCandidate(CaseId.random(), LocalDate.parse("2020-11-25"), null);
        RetentionCandidate notYet = new RetentionCandidate(CaseId.random(), LocalDate.parse("2020-11-26"), null);

        List<RetentionCandidate> listed = job(Period.ofYears(6), List.of(due, notYet)).dryRun();

        assertThat(listed).containsExactly(due);
        assertThat(askedFor).containsExactly(LocalDate.parse("2020-11-26"));
    }

    @Test
    void theDryRunErasesNothing() {
        job(Period.ofYears(6), List.of(new RetentionCandidate(CaseId.random(), LocalDate.parse("2019-01-01"), null)))
                .dryRun();

        assertThat(erased).isEmpty();
    }

    @Test
    void aRunErasesExactlyWhatTheDryRunListed() {
        RetentionCandidate old = new RetentionCandidate(CaseId.random(), LocalDate.parse("2019-01-01"), null);
        RetentionCandidate recent = new RetentionCandidate(CaseId.random(), LocalDate.parse("2026-01-01"), null);
        RetentionJob job = job(Period.ofYears(6), List.of(old, recent));

        int count = job.run();

        assertThat(count).isEqualTo(1);
        assertThat(erased).containsExactly(old.caseId());
    }

    @Test
    void refusesARetentionPeriodOfNothing() {
        assertThatThrownBy(() -> job(Period.ZERO, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    // ----------------------------------------------------------------- withdrawn record-keeping consent [002 §4.2]

    private final List<CaseId> erasedForWithdrawal = new ArrayList<>();

    private RetentionJob jobWithWithdrawals(List<RetentionCandidate> closed, List<RetentionCandidate> withdrawn,
                                            CaseId givenAgain) {
        return new RetentionJob(Period.ofYears(6), Period.ofDays(30), NOON_25_NOVEMBER_2026,
                (before, limit) -> closed.stream().filter(c -> c.closedOn().isBefore(before)).toList(),
                limit -> withdrawn, erased::add, caseId -> {
                    if (caseId.equals(givenAgain)) {
                        throw new RecordKeepingConsentStands("given again");
                    }
                    erasedForWithdrawal.add(caseId);
                });
    }

    private static RetentionCandidate withdrawnOn(String date) {
        LocalDate withdrawnOn = LocalDate.parse(date);
        return RetentionCandidate.consentWithdrawn(CaseId.random(), withdrawnOn, null, withdrawnOn.plusDays(30));
    }

    @Test
    void aCaseWhoseConsentWasWithdrawnThirtyDaysAgoIsDueTodayAndOneWithdrawnLaterIsNotYet() {
        RetentionCandidate due = withdrawnOn("2026-10-26");
        RetentionCandidate notYet = withdrawnOn("2026-10-27");

        RetentionJob job = jobWithWithdrawals(List.of(), List.of(due, notYet), null);

        assertThat(job.dryRun()).containsExactly(due);
        assertThat(job.erasureDue()).containsExactly(due, notYet);
    }

    @Test
    void aRunErasesACaseForItsWithdrawnConsentAsSuch() {
        RetentionCandidate closed = new RetentionCandidate(CaseId.random(), LocalDate.parse("2019-01-01"), null);
        RetentionCandidate withdrawn = withdrawnOn("2026-01-01");

        int count = jobWithWithdrawals(List.of(closed), List.of(withdrawn), null).run();

        assertThat(count).isEqualTo(2);
        assertThat(erased).containsExactly(closed.caseId());
        assertThat(erasedForWithdrawal).containsExactly(withdrawn.caseId());
    }

    @Test
    void aCaseBothClosedLongAgoAndWithoutConsentIsErasedOnce() {
        RetentionCandidate closed = new RetentionCandidate(CaseId.random(), LocalDate.parse("2019-01-01"), null);
        RetentionCandidate sameCase = RetentionCandidate.consentWithdrawn(closed.caseId(),
                LocalDate.parse("2018-06-01"), LocalDate.parse("2019-01-01"), LocalDate.parse("2018-07-01"));

        RetentionJob job = jobWithWithdrawals(List.of(closed), List.of(sameCase), null);

        assertThat(job.dryRun()).containsExactly(closed);
        assertThat(job.run()).isEqualTo(1);
        assertThat(erasedForWithdrawal).isEmpty();
    }

    @Test
    void aCaseWhoseConsentWasGivenAgainBeforeTheRunIsKeptAndNotCounted() {
        RetentionCandidate givenAgain = withdrawnOn("2026-01-01");
        RetentionCandidate stillWithdrawn = withdrawnOn("2026-02-01");

        int count = jobWithWithdrawals(List.of(), List.of(givenAgain, stillWithdrawn), givenAgain.caseId()).run();

        assertThat(count).isEqualTo(1);
        assertThat(erasedForWithdrawal).containsExactly(stillWithdrawn.caseId());
    }
}

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
}

package org.casebook.application.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.shared.ServiceCalendar;

/**
 * Finds closed cases whose retention period has ended and erases them. {@link #dryRun()} lists exactly what
 * {@link #run()} would erase today, so that a manager can see it first.
 */
public class RetentionJob {

    /** How many cases one run considers, so that a long backlog is worked off in bounded steps. */
    static final int BATCH = 500;

    private final Period keepFor;
    private final Clock clock;
    private final BiFunction<LocalDate, Integer, List<RetentionCandidate>> closedBefore;
    private final Consumer<CaseId> erase;

    /**
     * @param keepFor      how long personal data is kept after a case closes
     * @param closedBefore closed, not yet erased cases that closed before a day (at most n of them)
     * @param erase        erases one case (its key destroyed, {@code CaseErased} recorded)
     */
    public RetentionJob(Period keepFor, Clock clock, BiFunction<LocalDate, Integer, List<RetentionCandidate>> closedBefore,
                        Consumer<CaseId> erase) {
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive");
        }
        this.keepFor = keepFor;
        this.clock = clock;
        this.closedBefore = closedBefore;
        this.erase = erase;
    }

    public Period keepFor() {
        return keepFor;
    }

    /** A case closed on day d may be erased from d + keepFor; so erase those closed before today - keepFor + 1. */
    public List<RetentionCandidate> dryRun() {
        LocalDate today = ServiceCalendar.dateOf(clock.instant());
        return closedBefore.apply(today.minus(keepFor).plusDays(1), BATCH);
    }

    /** Erases every case the dry run lists and returns how many. */
    public int run() {
        List<RetentionCandidate> due = dryRun();
        due.forEach(candidate -> erase.accept(candidate.caseId()));
        return due.size();
    }
}

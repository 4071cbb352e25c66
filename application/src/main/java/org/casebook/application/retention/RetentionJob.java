package org.casebook.application.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.RecordKeepingConsentStands;
import org.casebook.domain.shared.ServiceCalendar;

/**
 * Finds cases whose personal data is due for erasure and erases them: closed cases whose retention period has ended,
 * and cases on which no record-keeping consent is live any more, {@code afterWithdrawal} after the withdrawal
 * [002 §4.2]. {@link #dryRun()} lists exactly what {@link #run()} would erase today, so that a manager can see it
 * first; {@link #erasureDue()} also shows withdrawn-consent cases not yet due.
 */
public class RetentionJob {

    /** How many cases one run considers, so that a long backlog is worked off in bounded steps. */
    static final int BATCH = 500;

    private final Period keepFor;
    private final Period afterWithdrawal;
    private final Clock clock;
    private final BiFunction<LocalDate, Integer, List<RetentionCandidate>> closedBefore;
    private final IntFunction<List<RetentionCandidate>> consentWithdrawn;
    private final Consumer<CaseId> erase;
    private final Consumer<CaseId> eraseForWithdrawnConsent;

    /** Retention after closure only. */
    public RetentionJob(Period keepFor, Clock clock, BiFunction<LocalDate, Integer, List<RetentionCandidate>> closedBefore,
                        Consumer<CaseId> erase) {
        this(keepFor, Period.ofDays(30), clock, closedBefore, limit -> List.of(), erase, erase);
    }

    /**
     * @param keepFor                  how long personal data is kept after a case closes
     * @param afterWithdrawal          how long a case is kept once no record-keeping consent is live
     * @param closedBefore             closed, not yet erased cases that closed before a day (at most n of them)
     * @param consentWithdrawn         not yet erased cases without live record-keeping consent, oldest withdrawal
     *                                 first (at most n of them), their {@code erasableFrom} filled in
     * @param erase                    erases one case whose retention period ended
     * @param eraseForWithdrawnConsent erases one case for its withdrawn consent; the case refuses
     *                                 ({@link RecordKeepingConsentStands}) if consent was given again meanwhile
     */
    public RetentionJob(Period keepFor, Period afterWithdrawal, Clock clock,
                        BiFunction<LocalDate, Integer, List<RetentionCandidate>> closedBefore,
                        IntFunction<List<RetentionCandidate>> consentWithdrawn, Consumer<CaseId> erase,
                        Consumer<CaseId> eraseForWithdrawnConsent) {
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive");
        }
        if (afterWithdrawal.isNegative()) {
            throw new IllegalArgumentException("the period after withdrawal must not be negative");
        }
        this.keepFor = keepFor;
        this.afterWithdrawal = afterWithdrawal;
        this.clock = clock;
        this.closedBefore = closedBefore;
        this.consentWithdrawn = consentWithdrawn;
        this.erase = erase;
        this.eraseForWithdrawnConsent = eraseForWithdrawnConsent;
    }

    public Period keepFor() {
        return keepFor;
    }

    public Period afterWithdrawal() {
        return afterWithdrawal;
    }

    /**
     * A case closed on day d may be erased from d + keepFor; so erase those closed before today - keepFor + 1. A case
     * whose consent was withdrawn is erased from its {@code erasableFrom}. A case that is both is listed once.
     */
    public List<RetentionCandidate> dryRun() {
        LocalDate today = today();
        List<RetentionCandidate> due = new ArrayList<>(closedBefore.apply(today.minus(keepFor).plusDays(1), BATCH));
        Set<CaseId> listed = new LinkedHashSet<>(due.stream().map(RetentionCandidate::caseId).toList());
        for (RetentionCandidate withdrawn : erasureDue()) {
            if (!withdrawn.erasableFrom().isAfter(today) && listed.add(withdrawn.caseId())) {
                due.add(withdrawn);
            }
        }
        return due;
    }

    /** Every case without live record-keeping consent, due today or later (the {@code ERASURE_DUE} items). */
    public List<RetentionCandidate> erasureDue() {
        return consentWithdrawn.apply(BATCH);
    }

    /** Erases every case the dry run lists and returns how many; one whose consent was given again is kept. */
    public int run() {
        int erased = 0;
        for (RetentionCandidate candidate : dryRun()) {
            if (candidate.reason() == RetentionCandidate.Reason.CONSENT_WITHDRAWN) {
                try {
                    eraseForWithdrawnConsent.accept(candidate.caseId());
                } catch (RecordKeepingConsentStands givenAgain) {
                    continue; // the read model had not yet seen the new consent; the case refused, rightly
                }
            } else {
                erase.accept(candidate.caseId());
            }
            erased++;
        }
        return erased;
    }

    private LocalDate today() {
        return ServiceCalendar.dateOf(clock.instant());
    }
}

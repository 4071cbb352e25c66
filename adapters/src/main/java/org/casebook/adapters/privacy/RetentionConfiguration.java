package org.casebook.adapters.privacy;

import java.time.Clock;
import java.time.Period;
import org.casebook.application.retention.RetentionCandidate;
import org.casebook.application.retention.RetentionJob;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.casebook.projections.caseload.Caseloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Erases closed cases once {@code casebook.retention.keep-for} has passed since closure, and cases without live
 * record-keeping consent once {@code casebook.retention.after-withdrawal} has passed since it was withdrawn. Off by default: until a
 * service sets {@code casebook.retention.enabled=true} the nightly run only lists (and logs how many) cases it would
 * erase, which is the dry run a manager also sees at {@code GET /api/admin/retention}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RetentionConfiguration {

    static final String RETENTION_USER = "retention";

    private static final Logger log = LoggerFactory.getLogger(RetentionConfiguration.class);

    @Bean
    RetentionJob retentionJob(@Value("${casebook.retention.keep-for:P6Y}") Period keepFor, Clock clock,
                              Caseloads caseloads, CaseErasure erasure) {
        Period afterWithdrawal = caseloads.afterWithdrawal();
        return new RetentionJob(keepFor, afterWithdrawal, clock,
                (closedBefore, limit) -> caseloads.closedBefore(closedBefore, limit).stream()
                        .map(c -> new RetentionCandidate(CaseId.of(c.caseId()), c.closedOn(),
                                c.closedOn().plus(keepFor)))
                        .toList(),
                limit -> caseloads.withdrawnConsent(limit).stream()
                        .map(c -> RetentionCandidate.consentWithdrawn(CaseId.of(c.caseId()), c.withdrawnOn(),
                                c.closedOn(), c.withdrawnOn().plus(afterWithdrawal)))
                        .toList(),
                caseId -> erasure.erase(caseId, "Retention period of " + keepFor + " after closure ended",
                        new Actor(RETENTION_USER, StaffRole.MANAGER, clock.instant()), null),
                caseId -> erasure.eraseForWithdrawnConsent(caseId, "Record-keeping consent withdrawn "
                        + afterWithdrawal + " ago and not given again",
                        new Actor(RETENTION_USER, StaffRole.MANAGER, clock.instant())));
    }

    @Bean
    RetentionRunner retentionRunner(RetentionJob job, @Value("${casebook.retention.enabled:false}") boolean enabled) {
        return new RetentionRunner(job, enabled);
    }

    /** The nightly run. Logs counts only: case ids are not personal data, but there is no need for them in logs. */
    public static class RetentionRunner {
        private final RetentionJob job;
        private final boolean enabled;

        RetentionRunner(RetentionJob job, boolean enabled) {
            this.job = job;
            this.enabled = enabled;
        }

        public boolean enabled() {
            return enabled;
        }

        @Scheduled(cron = "${casebook.retention.cron:0 30 2 * * *}", zone = "Europe/London")
        public void nightly() {
            int due = job.dryRun().size();
            if (!enabled) {
                log.info("Retention dry run: {} case(s) past their retention period or record-keeping consent "
                        + "(erasure is off)", due);
                return;
            }
            log.info("Retention: erasing {} case(s) past their retention period or record-keeping consent", due);
            int erased = job.run();
            log.info("Retention: erased {} case(s)", erased);
        }
    }
}

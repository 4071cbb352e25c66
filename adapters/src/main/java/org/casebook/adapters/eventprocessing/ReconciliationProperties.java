package org.casebook.adapters.eventprocessing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The late-commit check of the read models ({@link ProjectionReconciler}). {@code interval} (read by its schedule,
 * default PT5S) must stay well under the gap timeout; {@code watchHolesFor}: how long a hole in the global index is
 * watched for a late commit before it is taken for a rolled-back transaction (default 10 minutes, ten gap timeouts).
 */
@ConfigurationProperties("casebook.projections.reconciliation")
public record ReconciliationProperties(Boolean enabled, Duration interval, Duration watchHolesFor) {

    public ReconciliationProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofSeconds(5) : interval;
        watchHolesFor = watchHolesFor == null ? Duration.ofMinutes(10) : watchHolesFor;
    }
}

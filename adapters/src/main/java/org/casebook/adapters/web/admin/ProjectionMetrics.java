package org.casebook.adapters.web.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Each read model's lag, position, whether it is rebuilding and how many events it has parked, for
 * {@code /actuator/prometheus}: what a service owner watches to know that caseloads and reports are up to date.
 * Tagged by processor name only.
 */
@Component
public class ProjectionMetrics implements MeterBinder {

    private final Projections projections;
    private final DeadLetters deadLetters;

    public ProjectionMetrics(Projections projections, DeadLetters deadLetters) {
        this.projections = projections;
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : new String[] {"caseload", "reports"}) {
            Gauge.builder("casebook.projection.lag", () -> value(name, Field.LAG))
                    .description("Events stored but not yet in the read model").tag("processor", name)
                    .baseUnit("events").register(registry);
            Gauge.builder("casebook.projection.position", () -> value(name, Field.POSITION))
                    .description("Global index the read model has reached").tag("processor", name)
                    .register(registry);
            Gauge.builder("casebook.projection.replaying", () -> value(name, Field.REPLAYING))
                    .description("1 while the read model is being rebuilt").tag("processor", name)
                    .register(registry);
            Gauge.builder("casebook.projection.rebuild.progress", () -> value(name, Field.PROGRESS))
                    .description("Share of the store a rebuild has replayed, 0 to 1 (1 when not rebuilding)")
                    .tag("processor", name).register(registry);
            Gauge.builder("casebook.projection.dead.letters", () -> deadLetters.count(name))
                    .description("Events parked as poison (with the same cases' later events), not in the read model")
                    .tag("processor", name).baseUnit("events").register(registry);
        }
    }

    private enum Field { LAG, POSITION, REPLAYING, PROGRESS }

    private double value(String name, Field field) {
        return projections.status(name).map(status -> switch (field) {
            case LAG -> (double) status.lag();
            case POSITION -> (double) status.position();
            case REPLAYING -> status.replaying() ? 1.0 : 0.0;
            case PROGRESS -> !status.replaying() || status.head() == 0 ? 1.0
                    : Math.min(1.0, (double) status.position() / status.head());
        }).orElse(Double.NaN);
    }
}

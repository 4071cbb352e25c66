package org.casebook.adapters.eventprocessing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Each read model's lag, position, whether it is rebuilding and how many events it has parked, for
 * {@code /actuator/prometheus}: what a service owner watches to know that caseloads and reports are up to date.
 * Tagged by read-model name only, under the {@code processor} label that dashboards already use: both read models
 * share one processor (ADR 0027), so lag, position and rebuild are the same under both names, dead letters their own.
 */
@Component
public class ProjectionMetrics implements MeterBinder {

    /** One scrape reads five gauges per projection; they share one status, not five rounds of queries. */
    private static final long STATUS_FRESH_FOR_NANOS = 1_000_000_000L;

    private final Projections projections;
    private final Map<String, Sample> latest = new ConcurrentHashMap<>();

    private record Sample(Optional<ProjectionStatus> status, long takenAt) {
    }

    public ProjectionMetrics(Projections projections) {
        this.projections = projections;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : ReadModels.NAMES) {
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
            Gauge.builder("casebook.projection.dead.letters", () -> value(name, Field.DEAD_LETTERS))
                    .description("Events parked as poison (with the same cases' later events), not in the read model")
                    .tag("processor", name).baseUnit("events").register(registry);
        }
    }

    private enum Field { LAG, POSITION, REPLAYING, PROGRESS, DEAD_LETTERS }

    private double value(String name, Field field) {
        return status(name).map(status -> switch (field) {
            case LAG -> (double) status.lag();
            case POSITION -> (double) status.position();
            case REPLAYING -> status.replaying() ? 1.0 : 0.0;
            case PROGRESS -> status.rebuild() != null ? status.rebuild().share()
                    : !status.replaying() || status.head() == 0 ? 1.0
                    : Math.min(1.0, (double) status.position() / status.head());
            case DEAD_LETTERS -> (double) status.deadLetters();
        }).orElse(Double.NaN);
    }

    private Optional<ProjectionStatus> status(String name) {
        long now = System.nanoTime();
        Sample sample = latest.get(name);
        if (sample == null || now - sample.takenAt() > STATUS_FRESH_FOR_NANOS) {
            sample = new Sample(projections.status(name), now);
            latest.put(name, sample);
        }
        return sample.status();
    }
}

package org.casebook.adapters.axon;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * The meters of Axon's {@code MessageCountingMonitor} and {@code MessageTimerMonitor} (the same names, tags and timer
 * settings, so the same series at {@code /actuator/prometheus}), found once per message type and kept. Axon's own
 * monitors build each meter's id and look it up in the registry for every message: nine lookups a command, five
 * builders and four timers' percentile settings allocated each time; with Axon's capacity monitor, which this does
 * not keep, that was about 5 % of the request threads' CPU under enquiries (issue 12, ADR 0026 amendment of
 * 2026-12-06). {@code CachedMessageMetersTest} checks the series against Axon's monitors'.
 *
 * <p>Tags are the message's payload type's simple name (a command or event type, never a value); with
 * {@code countersByType} false the counters carry none, as Axon's event-bus counters do not.
 */
final class CachedMessageMeters implements MessageMonitor<Message<?>> {

    /** Axon's timer settings (MessageTimerMonitor.buildTimer, 4.13). */
    private static final double[] PERCENTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};
    private static final Duration EXPIRY = Duration.ofMinutes(10);

    private final String name;
    private final MeterRegistry registry;
    private final boolean countersByType;
    private final Clock clock;
    private final Map<Class<?>, Meters> byType = new ConcurrentHashMap<>();

    CachedMessageMeters(String name, MeterRegistry registry, boolean countersByType) {
        this.name = name;
        this.registry = registry;
        this.countersByType = countersByType;
        this.clock = registry.config().clock();
    }

    private record Meters(Counter ingested, Counter processed, Counter success, Counter failure, Counter ignored,
                          Timer all, Timer successTime, Timer failureTime, Timer ignoredTime) {
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Meters meters = byType.get(message.getPayloadType());
        if (meters == null) {
            meters = byType.computeIfAbsent(message.getPayloadType(), this::meters);
        }
        meters.ingested().increment();
        long start = clock.monotonicTime();
        Meters found = meters;
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                finished(found.successTime(), found.processed(), found.success());
            }

            @Override
            public void reportFailure(Throwable cause) {
                finished(found.failureTime(), found.processed(), found.failure());
            }

            @Override
            public void reportIgnored() {
                finished(found.ignoredTime(), found.ignored());
            }

            /** As Axon's monitors: every outcome's time in the "all" timer and its own, and its counters. */
            private void finished(Timer outcomeTime, Counter... counters) {
                long took = clock.monotonicTime() - start;
                found.all().record(took, TimeUnit.NANOSECONDS);
                outcomeTime.record(took, TimeUnit.NANOSECONDS);
                for (Counter counter : counters) {
                    counter.increment();
                }
            }
        };
    }

    private Meters meters(Class<?> payloadType) {
        Tags tags = Tags.of("payloadType", payloadType.getSimpleName());
        Tags counterTags = countersByType ? tags : Tags.empty();
        return new Meters(counter("ingestedCounter", counterTags), counter("processedCounter", counterTags),
                counter("successCounter", counterTags), counter("failureCounter", counterTags),
                counter("ignoredCounter", counterTags), timer("allTimer", tags), timer("successTimer", tags),
                timer("failureTimer", tags), timer("ignoredTimer", tags));
    }

    private Counter counter(String meter, Tags tags) {
        return registry.counter(name + "." + meter, tags);
    }

    private Timer timer(String meter, Tags tags) {
        return Timer.builder(name + "." + meter).distributionStatisticExpiry(EXPIRY).publishPercentiles(PERCENTILES)
                .tags(tags).register(registry);
    }
}

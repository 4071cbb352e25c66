package org.casebook.adapters.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

/**
 * The series {@link CachedMessageMeters} records are Axon's own: the same meters (name, tags, type, percentiles) and
 * the same counts, for the same messages, as Axon 4.13's command-bus and event-bus monitors; all but the capacity
 * gauge, which Casebook does not keep.
 */
class CachedMessageMetersTest {

    record AllocateSupporter(String caseId) {
    }

    record RecordContact(String caseId) {
    }

    record ContactRecorded(String caseId) {
    }

    @Test
    void theCommandBusSeriesAreAxonsBarTheCapacityGauge() {
        MeterRegistry axons = new SimpleMeterRegistry();
        MeterRegistry ours = new SimpleMeterRegistry();
        @SuppressWarnings("unchecked")
        MessageMonitor<Message<?>> axon = (MessageMonitor<Message<?>>) new GlobalMetricRegistry(axons)
                .registerCommandBus("commandBus", TagsUtil.PAYLOAD_TYPE_TAGGER_FUNCTION);
        MessageMonitor<Message<?>> cached = new CachedMessageMeters("commandBus", ours, true);

        for (MessageMonitor<Message<?>> monitor : List.of(axon, cached)) {
            sendAll(monitor, GenericCommandMessage::asCommandMessage);
        }

        Map<String, String> expected = series(axons);
        expected.keySet().removeIf(id -> id.startsWith("commandBus.capacity"));
        assertThat(expected).as("Axon's series, bar capacity").isNotEmpty()
                .containsKey("commandBus.successCounter [tag(payloadType=AllocateSupporter)] COUNTER");
        assertThat(series(ours)).isEqualTo(expected);
    }

    @Test
    void theEventStoreSeriesAreAxonsTimersByTypeAndCountersOfAllEvents() {
        MeterRegistry axons = new SimpleMeterRegistry();
        MeterRegistry ours = new SimpleMeterRegistry();
        @SuppressWarnings("unchecked")
        MessageMonitor<Message<?>> axon = (MessageMonitor<Message<?>>) new GlobalMetricRegistry(axons)
                .registerEventBus("eventStore", TagsUtil.PAYLOAD_TYPE_TAGGER_FUNCTION);
        MessageMonitor<Message<?>> cached = new CachedMessageMeters("eventStore", ours, false);

        for (MessageMonitor<Message<?>> monitor : List.of(axon, cached)) {
            sendAll(monitor, GenericEventMessage::asEventMessage);
        }

        Map<String, String> expected = series(axons);
        assertThat(expected).containsKey("eventStore.ingestedCounter [] COUNTER");
        assertThat(series(ours)).isEqualTo(expected);
    }

    /** Two types of message, each succeeding, failing and ignored, a different number of times. */
    private static void sendAll(MessageMonitor<Message<?>> monitor, Function<Object, Message<?>> asMessage) {
        for (int i = 0; i < 5; i++) {
            monitor.onMessageIngested(asMessage.apply(new AllocateSupporter("c" + i))).reportSuccess();
        }
        for (int i = 0; i < 3; i++) {
            monitor.onMessageIngested(asMessage.apply(new RecordContact("c" + i))).reportSuccess();
        }
        monitor.onMessageIngested(asMessage.apply(new RecordContact("c9"))).reportFailure(new IllegalStateException());
        monitor.onMessageIngested(asMessage.apply(new ContactRecorded("c9"))).reportIgnored();
        monitor.onMessageIngested(asMessage.apply(new ContactRecorded("c8")));
    }

    /** Each meter's id and type, with its count and, for timers, the percentiles it publishes. */
    private static Map<String, String> series(MeterRegistry registry) {
        Map<String, String> series = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            String figures;
            if (meter instanceof Counter counter) {
                figures = "count=" + counter.count();
            } else if (meter instanceof Timer timer) {
                figures = "count=" + timer.count() + " percentiles=" + Arrays.stream(
                        timer.takeSnapshot().percentileValues()).map(value -> value.percentile()).toList();
            } else {
                figures = meter.getClass().getSimpleName();
            }
            series.put(meter.getId().getName() + " " + meter.getId().getTags() + " " + meter.getId().getType(),
                    figures);
        }
        return series;
    }
}

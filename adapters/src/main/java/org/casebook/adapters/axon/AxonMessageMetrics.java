package org.casebook.adapters.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's Micrometer monitors, per message type, on the command bus and the event store (the {@code commandBus_*} and
 * {@code eventStore_*} series in docs/performance.md, "Metrics"), and none on the read models' event processors:
 * there each event went through four monitors that looked a timer up by its tags and recorded into it, about a
 * seventh of the processors' CPU in a profile (issue 12, ADR 0026), for series nobody read. How far behind a read
 * model is, and what it has parked, is {@link org.casebook.adapters.eventprocessing.ProjectionMetrics}'s.
 *
 * <p>The command bus's and the event store's series are Axon's, recorded by {@link CachedMessageMeters}, which finds
 * each meter once per message type where Axon's monitors build and look up nine for every message. Axon's capacity
 * monitor on the command bus is not kept: its gauge ({@code commandBus_capacity}) is the commands' busy time over a
 * window, which {@code rate(commandBus_allTimer_seconds_sum[1m])} already gives, and it cost more than the timers and
 * counters together (a sorted map of every command's duration in the window, ADR 0026 amendment of 2026-12-06).
 */
@Configuration(proxyBeanMethods = false)
public class AxonMessageMetrics {

    /** Replaces Axon's own module of this type (its auto-configuration backs off when one is defined). */
    @Bean
    MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry registry) {
        return new MetricsConfigurerModule(registry, true) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(configuration -> (componentType, componentName) -> {
                    if (EventProcessor.class.isAssignableFrom(componentType)) {
                        return NoOpMessageMonitor.INSTANCE;
                    }
                    if (CommandBus.class.isAssignableFrom(componentType)) {
                        return new CachedMessageMeters(componentName, registry.getRegistry(), true);
                    }
                    if (EventBus.class.isAssignableFrom(componentType)) {
                        // As Axon's event-bus monitor: timers per event type, counters of all events.
                        return new CachedMessageMeters(componentName, registry.getRegistry(), false);
                    }
                    return monitor(registry, componentType, componentName);
                });
            }
        };
    }

    @SuppressWarnings("unchecked") // Axon's registry answers the monitor for the component's own message type
    private static MessageMonitor<Message<?>> monitor(GlobalMetricRegistry registry, Class<?> componentType,
                                                      String componentName) {
        return (MessageMonitor<Message<?>>) registry.registerComponentWithDefaultTags(componentType, componentName);
    }
}

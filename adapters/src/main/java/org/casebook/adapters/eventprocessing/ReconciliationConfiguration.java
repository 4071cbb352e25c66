package org.casebook.adapters.eventprocessing;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.casebook.adapters.axon.EventStoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every event processor notes the late events it handles ({@link LateEventWitness}). */
@Configuration(proxyBeanMethods = false)
public class ReconciliationConfiguration {

    @Bean
    ConfigurerModule lateEventWitnesses(JdbcTemplate jdbc, Clock clock, EventStoreProperties events) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, processor) -> new LateEventWitness(processor, jdbc, clock,
                        ProjectionReconciler.witnessedAfter(events)));
    }
}

package org.casebook.adapters.web.developmentgroup;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casebook.domain.developmentgroup.DevelopmentGroup;
import org.casebook.projections.developmentgroup.DevelopmentGroupReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain module has no Spring, so the group's aggregate and its reader are registered here. */
@Configuration(proxyBeanMethods = false)
public class DevelopmentGroupConfiguration {

    @Bean
    ConfigurerModule developmentGroupAggregate() {
        return configurer -> configurer.configureAggregate(DevelopmentGroup.class);
    }

    @Bean
    DevelopmentGroupReader developmentGroupReader(EventStore eventStore) {
        return new DevelopmentGroupReader(eventStore);
    }
}

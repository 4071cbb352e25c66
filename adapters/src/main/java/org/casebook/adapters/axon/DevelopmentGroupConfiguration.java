package org.casebook.adapters.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casebook.application.developmentgroup.GroupBusiness;
import org.casebook.application.developmentgroup.ReviewedReports;
import org.casebook.domain.developmentgroup.DevelopmentGroup;
import org.casebook.projections.developmentgroup.DevelopmentGroupReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Development Group [002 §8]: its aggregate (one small stream, so no snapshots), {@link GroupBusiness},
 * which records its business, and the reader that folds its stream for the group's GETs. The domain module has no
 * Spring, so the aggregate is registered here rather than by a stereotype, as the case is in
 * {@link CaseworkConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class DevelopmentGroupConfiguration {

    @Bean
    ConfigurerModule developmentGroupAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(
                DevelopmentGroup.class).configureCommandTargetResolver(config -> new CommandTargets()));
    }

    /** A decision's report is fingerprinted as the report endpoint would serve it now (ReportFingerprints). */
    @Bean
    GroupBusiness groupBusiness(CommandGateway commandGateway, ReviewedReports reviewedReports) {
        return new GroupBusiness(commandGateway, reviewedReports);
    }

    @Bean
    DevelopmentGroupReader developmentGroupReader(EventStore eventStore) {
        return new DevelopmentGroupReader(eventStore);
    }
}

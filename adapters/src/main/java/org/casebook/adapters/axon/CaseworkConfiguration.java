package org.casebook.adapters.axon;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casebook.application.casework.Casework;
import org.casebook.domain.casework.Case;
import org.casebook.projections.casefile.CaseFileReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires casework: the {@link Case} aggregate with its snapshots ({@link CaseSnapshots}; the storage engine in
 * {@link EventStoreConfiguration} reads them back), {@link Casework}, through which the case endpoints send their
 * commands, and the reader that folds a case's stream for its own GETs. The Development Group is wired alike in
 * {@link DevelopmentGroupConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class CaseworkConfiguration {

    /**
     * The domain module has no Spring, so the aggregate is registered here rather than by a stereotype. A case
     * whose history passes {@code casebook.snapshots.every} events gets a snapshot, so loading it stays cheap; a
     * case this node worked on lately is not loaded at all while the store agrees with it ({@link CaseCache}). Each
     * command finds its case through {@link CommandTargets}, which looks its annotated member up once per type.
     */
    @Bean
    ConfigurerModule caseAggregate(@Value("${casebook.snapshots.every:50}") int snapshotEvery, CaseCache cache) {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Case.class)
                .configureCache(config -> cache)
                .configureCommandTargetResolver(config -> new CommandTargets())
                .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                        CaseSnapshots.snapshotter(config), snapshotEvery)));
    }

    /** {@code casebook.cases.cached}: how many cases each node keeps warm (0: none); see ADR 0029. */
    @Bean
    CaseCache caseCache(@Value("${casebook.cases.cached:1000}") int capacity, ObjectProvider<EventStore> eventStore,
                        MeterRegistry registry) {
        return new CaseCache(capacity, eventStore::getObject, registry);
    }

    @Bean
    Casework casework(CommandGateway commandGateway) {
        return new Casework(commandGateway);
    }

    @Bean
    CaseFileReader caseFileReader(EventStore eventStore) {
        return new CaseFileReader(eventStore);
    }
}

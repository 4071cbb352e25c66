package org.casebook.adapters.consistency;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires reading your own writes (ADR 0019): an event store that looks for other nodes' events as often as
 * {@code casebook.consistency.fetch-delay} says, the read models' event source, which wakes their processors as soon
 * as a command's events commit on this node, and the signal each committed read-model batch gives the reads waiting
 * for it.
 */
@Configuration(proxyBeanMethods = false)
public class ConsistencyConfiguration {

    /**
     * Axon's embedded event store as its auto-configuration builds it, reading the table for other nodes' events every
     * {@code casebook.consistency.fetch-delay} instead of every second and otherwise when the read models are woken
     * ({@link RequestedReads}).
     */
    @Bean
    CommitAwareEventStore eventStore(EventStorageEngine storageEngine,
                                     org.axonframework.config.Configuration configuration,
                                     ConsistencyProperties properties) {
        RequestedReads reads = new RequestedReads(storageEngine, properties.fetchDelay());
        return new CommitAwareEventStore(reads, EmbeddedEventStore.builder()
                .storageEngine(reads)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(Math.max(1, properties.fetchDelay().toMillis()))
                .cachedEvents(properties.cachedEvents()));
    }

    /** The read models' event source (application.yml, {@code source: readModelEventSource}). */
    @Bean
    PromptEventSource readModelEventSource(CommitAwareEventStore eventStore, ConsistencyProperties properties) {
        PromptEventSource source = new PromptEventSource(eventStore, eventStore::fetchNew, properties.fetchDelay(),
                properties.wakeWindow());
        eventStore.whenFetched(source::fetched);
        return source;
    }

    /** Every read-model batch, once committed, wakes the reads waiting for it (instead of their polling). */
    @Bean
    ConfigurerModule readModelCommitSignal(ReadModelProgress progress) {
        MessageHandlerInterceptor<EventMessage<?>> signal = new CommitSignal(progress);
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultHandlerInterceptor((config, processor) -> signal));
    }

    private record CommitSignal(ReadModelProgress progress) implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            UnitOfWork<?> root = unitOfWork.root();
            if (!(root instanceof BatchingUnitOfWork<?> batch) || batch.isFirstMessage()) {
                root.afterCommit(committed -> progress.batchCommitted());
            }
            return chain.proceed();
        }
    }
}

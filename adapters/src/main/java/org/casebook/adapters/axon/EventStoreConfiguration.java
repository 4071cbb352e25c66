package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.casebook.adapters.json.IsoDates;
import org.casebook.adapters.privacy.PersonalDataSeal;
import org.casebook.adapters.privacy.SealingModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires Axon's event store on JDBC: the snake_case tables Flyway writes (events, snapshots, tokens), the storage
 * engine with its gap settings, the connections it appends on and how long a command may hold one, the pinned JSON
 * format of stored events (which seals personal data), the unique-violation that means a concurrent change, and the
 * append metrics. Where Axon's auto-configuration would build one of these itself, it is declared here for a setting
 * Axon has no property for. The aggregates are wired per feature ({@link CaseworkConfiguration},
 * {@link DevelopmentGroupConfiguration}), the keys that seal personal data in {@code PrivacyConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventStoreConfiguration.class);

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Axon's JDBC engine as its auto-configuration builds it, with the gap settings made explicit and configurable
     * ({@code casebook.events.*}): Axon has no properties for them. See {@link EventStoreProperties} for why the
     * command timeout must stay well under the gap timeout, and ProjectionReconciler for what catches a late commit
     * anyway.
     */
    @Bean
    EventStorageEngine eventStorageEngine(PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema,
                                          EventStoreProperties properties) {
        if (!properties.commandTimeoutFitsGapTimeout()) {
            log.warn("casebook.events.command-timeout ({}) is not under half the gap timeout ({}): a late commit can"
                    + " be skipped by the read models until reconciliation repairs it", properties.commandTimeout(),
                    properties.gapTimeout());
        }
        Serializer snapshotSerializer = CaseSnapshots.serializer();
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter().and(CaseSnapshots.readableBy(snapshotSerializer)))
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .gapCleaningThreshold(properties.gapCleaningThreshold())
                .readEventDataWithGaps(new GapAwareEventRead())
                // Events read per query by the processors: a rebuild reads the store in keyset pages of this size.
                .batchSize(properties.readBatchSize())
                .build();
    }

    /**
     * Axon's connection provider as its auto-configuration builds it, over {@link SpringConnections}, which does not
     * close again, at a unit of work's clean-up, a pooled connection Spring already returned at commit.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringConnections(dataSource));
    }

    /** No command's append transaction may outlive the command timeout (and so the gap timeout). */
    @Bean
    CommandDeadline commandDeadline(EventStoreProperties properties) {
        return new CommandDeadline(properties.commandTimeout());
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Stored events are a published contract, so their JSON must not change when web settings do: Axon uses this
     * mapper (by its bean name) instead of the one Spring MVC uses.
     */
    @Bean
    @Qualifier("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper(PersonalDataSeal seal) {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                // The same dates and instants as jsr310's, read and written without DateTimeFormatter (ADR 0041)
                .registerModule(IsoDates.module())
                .registerModule(new SealingModule(seal))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Two appends of the same case sequence number are a concurrent change (409), not a storage failure: Axon's
     * default resolver does not recognise PostgreSQL's unique-violation, so name it by its SQLState here.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return failure -> {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    @Bean
    org.springframework.beans.factory.InitializingBean eventAppendMetrics(EventStore eventStore,
                                                                          io.micrometer.core.instrument.MeterRegistry
                                                                                  registry) {
        return () -> EventAppendMetrics.register(eventStore, registry);
    }
}

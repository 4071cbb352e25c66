package org.casebook.adapters.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebook.domain.casework.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots of long case histories, so that loading a case reads at most a snapshot and the events after it
 * however long the case has run. A snapshot is a cache, not a record: it holds the aggregate's own fields as JSON
 * (decisions' state only; the aggregate keeps no personal data). A snapshot carries the {@code @Revision} of
 * {@link Case}; Axon passes over one of another revision, and one that cannot be read, and loads the case from
 * its events instead.
 */
final class CaseSnapshots {

    private CaseSnapshots() {
    }

    private static final Logger log = LoggerFactory.getLogger(CaseSnapshots.class);

    static Serializer serializer() {
        ObjectMapper fields = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fields).build();
    }

    /**
     * Axon reads a snapshot's payload lazily, when the aggregate is built, and a payload that fails then fails the
     * command. A snapshot is only a cache, so one that cannot be read is passed over here, and the case is loaded
     * from its events (and snapshotted afresh).
     */
    static SnapshotFilter readableBy(Serializer serializer) {
        return snapshot -> {
            try {
                serializer.deserialize(snapshot.getPayload());
                return true;
            } catch (RuntimeException | LinkageError unreadable) {
                log.warn("Snapshot of an aggregate at sequence {} cannot be read ({}); loading it from its events",
                        snapshot.getSequenceNumber(), unreadable.getClass().getSimpleName());
                return false;
            }
        };
    }

    /**
     * Spring's snapshotter knows only aggregates declared as Spring beans; the case is registered through the
     * configurer (the domain has no Spring), so it gets a snapshotter of its own. It snapshots in the thread that
     * committed the command, after the commit, in a transaction of its own.
     */
    static Snapshotter snapshotter(Configuration config) {
        return AggregateSnapshotter.builder()
                .eventStore(config.eventStore())
                .aggregateFactories(new GenericAggregateFactory<>(Case.class))
                .transactionManager(config.getComponent(TransactionManager.class))
                .parameterResolverFactory(config.parameterResolverFactory())
                .handlerDefinition(config.handlerDefinition(Case.class))
                .build();
    }
}

package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Upgrading to the one read-model processor (ADR 0027). A database the former processors worked has a
 * {@code caseload} and a {@code reports} row set in {@code token_entry} and none of {@code readmodels}: the processor
 * must start at the lower of the two positions (never from the first event, which on a large store would take the
 * read models through a long replay), and the events between the two positions, which one read model had already
 * handled, must change no row of either read model when they come again. Its own schema and context: it stops the
 * processor and rewrites {@code token_entry} as the previous version would have left it.
 */
class ReadModelUpgradeIT extends PostgresIntegrationTest {

    static final String OWN = OwnSchema.create("casebook_upgrade_");
    static final int CASES = 240;

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, OWN);
    }

    /**
     * The identifier of every event the caseload processing group is handed while {@link #noting}. Not its token's
     * position: an event that committed after later ones comes with a token at the highest index read so far.
     */
    static final Set<String> delivered = ConcurrentHashMap.newKeySet();
    static volatile boolean noting;

    @TestConfiguration(proxyBeanMethods = false)
    static class DeliveryNotes {

        @Bean
        FlywayConfigurationCustomizer ownSchemaMigrated() {
            return OwnSchema.migrated(OWN);
        }

        @Bean
        DeliveryLog deliveryLog() {
            return new DeliveryLog();
        }
    }

    @ProcessingGroup("caseload")
    static class DeliveryLog {

        @EventHandler
        void on(Object event, EventMessage<?> message) {
            if (noting) {
                delivered.add(message.getIdentifier());
            }
        }
    }

    @Autowired
    CommandGateway commandGateway;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    @Qualifier("serializer")
    Serializer serializer;

    @Test
    void startsAtTheLowerFormerPositionAndEventsHandledAgainChangeNoRowOfEitherReadModel() throws Exception {
        ReadSideFixtures given = new ReadSideFixtures(api, OWN);
        RebuildEquivalenceIT.Tally tally = new RebuildEquivalenceIT.Tally();
        Random seeds = new Random(RebuildEquivalenceIT.SEED + 27);
        runCases(CASES / 2, seeds, tally);
        given.awaitSettledProjections(Duration.ofSeconds(90));
        long lower = OwnSchema.head(OWN);
        runCases(CASES / 2, seeds, tally);
        given.awaitSettledProjections(Duration.ofSeconds(90));
        long upper = OwnSchema.head(OWN);
        assertThat(upper - lower).as("events between the two former positions").isGreaterThan(500);
        Map<String, List<String>> before = OwnSchema.sql(OWN, RebuildEquivalenceIT::snapshot);

        StreamingEventProcessor processor = processing.eventProcessor("readmodels", StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutdownAsync().get(60, TimeUnit.SECONDS);
        // As the previous version left the database: the caseload's processor at the head, the reports' further
        // back (it lagged when the service stopped), and no token of the one processor.
        OwnSchema.sql(OWN, connection -> {
            connection.createStatement().executeUpdate("DELETE FROM token_entry WHERE processor_name = 'readmodels'");
            insertFormerTokens(connection, "caseload", upper);
            insertFormerTokens(connection, "reports", lower);
            return null;
        });
        List<String> between = OwnSchema.sql(OWN, connection -> {
            var statement = connection.prepareStatement("SELECT event_identifier FROM domain_event_entry"
                    + " WHERE global_index > ? AND global_index <= ?");
            statement.setLong(1, lower);
            statement.setLong(2, upper);
            var rows = statement.executeQuery();
            List<String> identifiers = new ArrayList<>();
            while (rows.next()) {
                identifiers.add(rows.getString(1));
            }
            return identifiers;
        });

        delivered.clear();
        noting = true;
        try {
            processor.start();
            given.awaitSettledProjections(Duration.ofSeconds(90));
        } finally {
            noting = false;
        }

        assertThat(delivered).as("events handled after the upgrade: exactly those above the lower former position")
                .containsExactlyInAnyOrderElementsOf(between);
        assertThat(RebuildEquivalenceIT.differences(before, OwnSchema.sql(OWN, RebuildEquivalenceIT::snapshot)))
                .as("rows changed by events both read models, or one of them, had already handled").isEmpty();
        List<Long> positions = OwnSchema.sql(OWN, connection -> {
            var rows = connection.createStatement().executeQuery(
                    "SELECT segment FROM token_entry WHERE processor_name = 'readmodels' AND token IS NOT NULL");
            List<Long> segments = new ArrayList<>();
            while (rows.next()) {
                segments.add(rows.getLong(1));
            }
            return segments;
        });
        assertThat(positions).as("the one processor's segments").hasSize(4);
    }

    private void runCases(int cases, Random seeds, RebuildEquivalenceIT.Tally tally) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> scripts = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                long caseSeed = seeds.nextLong();
                scripts.add(threads.submit(() ->
                        new RebuildEquivalenceIT.CaseScript(new Random(caseSeed), commandGateway, tally).run()));
            }
            for (Future<?> script : scripts) {
                script.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void insertFormerTokens(java.sql.Connection connection, String processor, long position)
            throws java.sql.SQLException {
        SerializedObject<byte[]> token = serializer.serialize(GapAwareTrackingToken.newInstance(position, Set.of()),
                byte[].class);
        var insert = connection.prepareStatement("INSERT INTO token_entry (processor_name, segment, token, token_type,"
                + " timestamp, owner) VALUES (?, ?, ?, ?, ?, NULL)");
        for (int segment = 0; segment < 4; segment++) {
            insert.setString(1, processor);
            insert.setInt(2, segment);
            insert.setBytes(3, token.getData());
            insert.setString(4, token.getType().getName());
            insert.setString(5, DateTimeUtils.formatInstant(Instant.now()));
            insert.executeUpdate();
        }
    }
}

package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.casebook.domain.casework.AllocateSupporter;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.ChildDetails;
import org.casebook.domain.casework.ConsentGiver;
import org.casebook.domain.casework.ConsentId;
import org.casebook.domain.casework.ConsentKind;
import org.casebook.domain.casework.ConsentMethod;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.GiveConsent;
import org.casebook.domain.casework.ParentDetails;
import org.casebook.domain.casework.ReceiveEnquiry;
import org.casebook.domain.casework.RecordContact;
import org.casebook.domain.casework.RecordPersonalDetails;
import org.casebook.domain.casework.SupporterRole;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Axon delivers events at least once. A pooled processor that reopens its stream from a lower token (a segment
 * claimed after a restart, tokens whose gaps differ) may hand a batch events the read models already hold together
 * with events they have not seen. The crash harness found what that did (CI, 2026-12-04): a batch that held a case's
 * enquiry again took the case for new, built its rows from nothing, and its inserts, ignoring the conflict with the
 * rows already there, dropped the consent, casework and contact that came after the enquiry from both read models.
 *
 * <p>Here the redelivery is made on purpose: events are handled, the processor stops, cases get events the read
 * models have not handled, and the processor's tokens go back to before the first, so that the next batches hold
 * both; first for a few events whose loss the crash harness saw, then for random histories of every kind. Its own
 * schema and context, as it stops the processor and rewrites {@code token_entry}.
 */
class RedeliveryIT extends PostgresIntegrationTest {

    static final String OWN = OwnSchema.create("casebook_redelivery_");
    static final int CASES = 40;
    static final LocalDate ENQUIRY = LocalDate.of(2026, 3, 2);

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, OWN);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Migrated {

        @Bean
        FlywayConfigurationCustomizer ownSchemaMigrated() {
            return OwnSchema.migrated(OWN);
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
    void aBatchThatBringsACasesEnquiryAgainKeepsTheEventsThatCameAfterIt() throws Exception {
        ReadSideFixtures given = new ReadSideFixtures(api, OWN);
        long beforeTheEnquiries = OwnSchema.head(OWN);
        List<CaseId> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            CaseId caseId = CaseId.random();
            commandGateway.sendAndWait(new ReceiveEnquiry(caseId, ENQUIRY, Channel.PHONE, EnquirerRole.PARENT,
                    EnquiryAbout.CHILD, Set.of(Topic.values()[i % Topic.values().length]), Set.of(), actor()));
            cases.add(caseId);
        }
        given.awaitSettledProjections(Duration.ofSeconds(90));
        assertThat(caseloadRows(cases, "level = 1 AND supporter IS NULL")).as("the enquiries, handled")
                .isEqualTo(CASES);

        StreamingEventProcessor processor = readModels();
        processor.shutdownAsync().get(60, TimeUnit.SECONDS);
        for (int i = 0; i < cases.size(); i++) {
            CaseId caseId = cases.get(i);
            LocalDate day = ENQUIRY.plusDays(3);
            commandGateway.sendAndWait(new GiveConsent(caseId, ConsentId.random(), ConsentKind.RECORD_KEEPING, day,
                    ConsentGiver.PARENT, ConsentMethod.VERBAL, null, null, actor(), null));
            commandGateway.sendAndWait(new RecordPersonalDetails(caseId,
                    new ParentDetails("Parent " + i, "1 Harbour Row", "01752 000111", "parent@example.org",
                            "English", "PHONE"),
                    new ChildDetails("Child " + i, LocalDate.of(2015, 5, 4), "Hillside Primary", "Dyslexia"),
                    actor(), null));
            commandGateway.sendAndWait(new AllocateSupporter(caseId, "redelivery-worker", SupporterRole.STAFF,
                    actor(), null));
            commandGateway.sendAndWait(new RecordContact(caseId, day.plusDays(1), Channel.EMAIL, actor(), null));
        }
        redeliverFrom(beforeTheEnquiries, processor, given);

        assertThat(caseloadRows(cases, "level = 2 AND supporter = 'redelivery-worker' AND record_keeping IS NOT NULL"
                + " AND last_contact_on = DATE '2026-03-06'"))
                .as("caseload rows with the consent, casework, supporter and contact handled with the enquiry again")
                .isEqualTo(CASES);
        assertReadModelsEqualTheirRebuild(given);
    }

    /**
     * Every kind of event, not only the few above: RebuildEquivalenceIT's random case histories, with the processor
     * stopped while they are being recorded (so that the cases then in progress have events handled before the stop
     * and events not handled after it), then everything handed over again from before the first of them. Every
     * handler must take an event it has already applied, followed by ones it has not, as if each had come once.
     */
    @Test
    void richCaseHistoriesHandedOverAgainWithEventsNotSeenEqualTheirRebuild() throws Exception {
        ReadSideFixtures given = new ReadSideFixtures(api, OWN);
        long beforeTheCases = OwnSchema.head(OWN);
        StreamingEventProcessor processor = readModels();
        RebuildEquivalenceIT.Tally tally = new RebuildEquivalenceIT.Tally();
        Random seeds = new Random(RebuildEquivalenceIT.SEED + 22);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> scripts = new ArrayList<>();
            for (int i = 0; i < 3 * CASES; i++) {
                long caseSeed = seeds.nextLong();
                scripts.add(threads.submit(() ->
                        new RebuildEquivalenceIT.CaseScript(new Random(caseSeed), commandGateway, tally).run()));
            }
            while (scripts.stream().filter(Future::isDone).count() < scripts.size() / 2) {
                pause(Duration.ofMillis(20));
            }
            processor.shutdownAsync().get(60, TimeUnit.SECONDS);
            for (Future<?> script : scripts) {
                script.get();
            }
        } finally {
            threads.shutdownNow();
        }
        redeliverFrom(beforeTheCases, processor, given);

        assertThat(tally.caseIds).hasSize(3 * CASES);
        assertReadModelsEqualTheirRebuild(given);
    }

    /**
     * Axon's redelivery, made on purpose: every segment of the stopped processor back to {@code position}, then
     * started with the caseload's table held for a moment, so that each segment's first batch waits on it and the rest
     * of its events queue up behind: its next batch then holds events it handled before together with ones it did
     * not. Left to the race between the coordinator and the first batch, few batches did (2 cases of 40, or none).
     */
    private void redeliverFrom(long position, StreamingEventProcessor processor, ReadSideFixtures given) {
        SerializedObject<byte[]> token = serializer.serialize(GapAwareTrackingToken.newInstance(position, Set.of()),
                byte[].class);
        int segments = OwnSchema.sql(OWN, connection -> {
            var update = connection.prepareStatement("UPDATE token_entry SET token = ?, token_type = ?, owner = NULL"
                    + " WHERE processor_name = 'readmodels'");
            update.setBytes(1, token.getData());
            update.setString(2, token.getType().getName());
            return update.executeUpdate();
        });
        assertThat(segments).as("the processor's segments, put back").isEqualTo(4);
        OwnSchema.sql(OWN, holder -> {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE caseload_case IN ACCESS EXCLUSIVE MODE");
            processor.start();
            pause(Duration.ofSeconds(2));
            holder.rollback();
            return null;
        });
        given.awaitSettledProjections(Duration.ofSeconds(90));
    }

    private static void assertReadModelsEqualTheirRebuild(ReadSideFixtures given) {
        Map<String, List<String>> live = OwnSchema.sql(OWN, RebuildEquivalenceIT::snapshot);
        given.rebuild(Duration.ofSeconds(120), "caseload", "reports");
        assertThat(RebuildEquivalenceIT.differences(live, OwnSchema.sql(OWN, RebuildEquivalenceIT::snapshot)))
                .as("rows that differ between the read models after the redelivery and their rebuild").isEmpty();
    }

    private StreamingEventProcessor readModels() {
        return processing.eventProcessor("readmodels", StreamingEventProcessor.class).orElseThrow();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static long caseloadRows(List<CaseId> cases, String condition) {
        String ids = cases.stream().map(id -> "'" + id.value() + "'").collect(Collectors.joining(", "));
        return OwnSchema.sql(OWN, connection -> {
            var rows = connection.createStatement().executeQuery(
                    "SELECT count(*) FROM caseload_case WHERE case_id IN (" + ids + ") AND " + condition);
            rows.next();
            return rows.getLong(1);
        });
    }

    private static Actor actor() {
        return new Actor("caseworker1", StaffRole.CASEWORKER, Instant.now());
    }
}

package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.enquiry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Read models commit without waiting for the disk; the events do not (ADR 0024). Read models find their rows by index
 * whatever the table's size when a plan was made (ADR 0031); nothing else is told how to plan. Each side's transaction
 * is asked for its own settings from inside it, after the work it commits was done.
 */
@Import(ReadModelTransactionsIT.Observers.class)
class ReadModelTransactionsIT extends PostgresIntegrationTest {

    /** The observers make a context of its own, so the class works in a schema of its own ({@link OwnSchema}). */
    static final String OWN = OwnSchema.create("casebook_transactions_");

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, OWN);
    }

    /** The transaction's {@code synchronous_commit} and {@code enable_seqscan}, in that order. */
    static final String SETTINGS = "SELECT current_setting('synchronous_commit') || ' '"
            + " || current_setting('enable_seqscan')";
    static final List<String> READ_MODEL_SETTINGS = new CopyOnWriteArrayList<>();
    static final List<String> COMMAND_SETTINGS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class Observers {

        @Bean
        FlywayConfigurationCustomizer ownSchemaMigrated() {
            return OwnSchema.migrated(OWN);
        }

        @Bean
        ConfigurerModule synchronousCommitObservers(JdbcTemplate jdbc) {
            MessageHandlerInterceptor<org.axonframework.eventhandling.EventMessage<?>> readModels =
                    (unitOfWork, chain) -> {
                        Object result = chain.proceed();
                        READ_MODEL_SETTINGS.add(setting(jdbc));
                        return result;
                    };
            MessageHandlerInterceptor<org.axonframework.commandhandling.CommandMessage<?>> commands =
                    (unitOfWork, chain) -> {
                        Object result = chain.proceed();
                        COMMAND_SETTINGS.add(setting(jdbc));
                        return result;
                    };
            return configurer -> {
                configurer.eventProcessing().registerDefaultHandlerInterceptor((config, name) -> readModels);
                configurer.onInitialize(config -> config.onStart(() ->
                        config.commandBus().registerHandlerInterceptor(commands)));
            };
        }

        private static String setting(JdbcTemplate jdbc) {
            return jdbc.queryForObject(SETTINGS, String.class);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readModelBatchesCommitAsynchronouslyAndLookUpByIndexWhileTheEventsCommitDurably() throws InterruptedException {
        String caseId = api.as("caseworker1").post("/api/enquiries", enquiry(daysAgo(1))).json()
                .get("caseId").asText();

        for (int waited = 0; READ_MODEL_SETTINGS.size() < 2 && waited < 100; waited++) {
            Thread.sleep(100); // both read models handle the enquiry
        }
        assertThat(READ_MODEL_SETTINGS).as("inside each read model's batch: synchronous_commit, enable_seqscan")
                .containsOnly("off off");
        assertThat(COMMAND_SETTINGS).as("inside the command that appended the event").isNotEmpty()
                .containsOnly("on on");
        // SET LOCAL ends with its transaction: the connection goes back to the pool as it came.
        assertThat(jdbc.queryForObject(SETTINGS, String.class)).isEqualTo("on on");
        int listed = jdbc.queryForObject("SELECT count(*) FROM caseload_case WHERE case_id = ?", Integer.class,
                caseId);
        assertThat(listed).as("the read model's rows committed").isEqualTo(1);
    }
}

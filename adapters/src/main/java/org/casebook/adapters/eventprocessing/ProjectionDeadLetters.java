package org.casebook.adapters.eventprocessing;

import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Poison events: an event a read model fails to handle is parked in {@code dead_letter_entry} (Axon's JDBC sequenced
 * dead-letter queue, table written by Flyway V6) and the processor carries on with the rest, instead of retrying the
 * same batch for ever. {@code GET /api/admin/projections/{name}/dead-letters} shows what is parked, and
 * {@code POST …/dead-letters/retry} handles it again once the fault is fixed.
 * <p>
 * Sequencing stays Axon's default, per aggregate: a case is the sequence. Once one of a case's events is parked,
 * that case's later events are parked behind it (in order), so the read model never applies a case's events out of
 * order or on top of a missing one; other cases carry on. The cost: one poison event leaves its whole case stale
 * in that read model until the retry, which is the visible, honest state for a manager to act on.
 * <p>
 * A rebuild resets the processor, which also empties its queue ({@code allowReset}): the replay meets every parked
 * event again anyway.
 * <p>
 * Both read models are handled by one processor (ADR 0027), but each processing group keeps its own dead-lettering
 * invoker, queue and policy: when one read model fails on an event, only that read model parks it (with the case's
 * later events), while the other's change for the same event commits with the batch as usual. A retry hands the event
 * to the failed read model's handlers only, so neither table applies an event twice. The queues are the ones the two
 * former processors used, under the same names, so letters parked before the upgrade are listed and retried as
 * before.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionDeadLetters {

    /**
     * The read models whose poison events are parked; each is a processing group with a queue of its own, although
     * they share one processor ({@link ReadModels}, ADR 0027).
     */
    public static final List<String> PROCESSING_GROUPS = ReadModels.NAMES;

    public static final String TABLE = "dead_letter_entry";

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(TABLE)
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /**
     * For each read model: its queue (with causes reduced to class names), the policy that parks only what a retry of
     * the batch would not cure, and a reset that clears the queue. Handlers change rows in memory and write them at
     * the end of the batch (ProjectionBatch, ADR 14), so a handler's failure never leaves PostgreSQL's transaction
     * aborted and the dead letter can be written in it. A failure while writing the batch fails the whole batch,
     * which the processor retries; a per-event savepoint would cure that too, at two round trips per event, which
     * would undo what batching buys a rebuild.
     */
    @Bean
    ConfigurerModule projectionDeadLetterQueues(DeadLetterSchema schema, ConnectionProvider connections,
                                                TransactionManager transactions) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : PROCESSING_GROUPS) {
                processing.registerDeadLetterQueue(group, config -> JdbcSequencedDeadLetterQueue
                                .<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .schema(schema)
                                .statementFactory(new SafeCauseStatementFactory(schema, config.serializer(),
                                        config.eventSerializer()))
                                .genericSerializer(config.serializer())
                                .eventSerializer(config.eventSerializer())
                                .build())
                        .registerDeadLetterPolicy(group, config -> new PoisonEventPolicy(group))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group, (config, invoker) -> invoker
                                .allowReset(true)
                                .enableSequenceIdentifierCache());
            }
        });
    }
}

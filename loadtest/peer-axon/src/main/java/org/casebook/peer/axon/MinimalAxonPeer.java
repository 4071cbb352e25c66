package org.casebook.peer.axon;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare Axon service Casebook is compared with (issue 12): the same Axon version, JDBC event storage engine,
 * Jackson serializer, table layout and PostgreSQL settings, with one aggregate (an enquiry opens it; every later
 * command on the case appends one event to it) and one pooled streaming projection (four segments, batches of up to
 * 500, as Casebook's), and nothing else: no security, no idempotency records, no sealing, no hash chain, no access
 * audit, no snapshots or aggregate cache (Axon's defaults: a case is loaded from all its events). It answers the load
 * client's mixed workload too: any POST or PUT under {@code /api/cases/{id}/} is one command on the case,
 * {@code GET /api/cases/{id}} reads the case's events (as Casebook folds a case on read) and
 * {@code GET /api/caseload?worker=} reads the projection. Benchmark peer only
 * (.ci/benchmark).
 */
@SpringBootApplication
public class MinimalAxonPeer {

    public static void main(String[] args) {
        SpringApplication.run(MinimalAxonPeer.class, args);
    }

    /** Casebook's table and column names (its V1 migration); Axon's defaults are CamelCase. */
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

    public record ReceiveEnquiry(@TargetAggregateIdentifier String caseId, String receivedOn, String channel,
                                 String enquirerRole, String about, List<String> topics) {
    }

    public record EnquiryReceived(String caseId, String receivedOn, String channel, String enquirerRole, String about,
                                  List<String> topics) {
    }

    /** Any later command on a case, as the load client sends it: the path after the case's id, and the body. */
    public record RecordCaseAction(@TargetAggregateIdentifier String caseId, String action,
                                   Map<String, Object> details) {
    }

    public record CaseActionRecorded(String caseId, String action, Map<String, Object> details) {
    }

    @Aggregate
    public static class Enquiry {

        @AggregateIdentifier
        private String caseId;
        private long version;

        protected Enquiry() {
        }

        @CommandHandler
        public Enquiry(ReceiveEnquiry command) {
            AggregateLifecycle.apply(new EnquiryReceived(command.caseId(), command.receivedOn(), command.channel(),
                    command.enquirerRole(), command.about(), command.topics()));
        }

        /** Answers the case's version after the event, for the ETag the load client expects of every command. */
        @CommandHandler
        public long handle(RecordCaseAction command) {
            AggregateLifecycle.apply(new CaseActionRecorded(caseId, command.action(), command.details()));
            return version;
        }

        @EventSourcingHandler
        void on(EnquiryReceived event) {
            caseId = event.caseId();
            version = 1;
        }

        @EventSourcingHandler
        void on(CaseActionRecorded event) {
            version++;
        }
    }

    @Component
    @ProcessingGroup("enquiries")
    public static class EnquiryProjection {

        private final JdbcTemplate jdbc;

        public EnquiryProjection(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(EnquiryReceived event) {
            jdbc.update("INSERT INTO peer_enquiry_view (case_id, received_on, channel) VALUES (?, ?, ?)"
                    + " ON CONFLICT (case_id) DO NOTHING", event.caseId(), event.receivedOn(), event.channel());
        }

        /** One row per event, as for an enquiry; an allocation also puts the case in its supporter's caseload. */
        @EventHandler
        void on(CaseActionRecorded event) {
            Object worker = event.action().equals("supporter") ? event.details().get("username") : null;
            jdbc.update("UPDATE peer_enquiry_view SET actions = actions + 1, worker = COALESCE(?, worker)"
                    + " WHERE case_id = ?", worker, event.caseId());
        }
    }

    public record EnquiryRequest(String receivedOn, String channel, String enquirerRole, String about,
                                 List<String> topics) {
    }

    @RestController
    public static class Enquiries {

        private final CommandGateway commands;
        private final JdbcTemplate jdbc;
        private final EventStore store;

        public Enquiries(CommandGateway commands, JdbcTemplate jdbc, EventStore store) {
            this.commands = commands;
            this.jdbc = jdbc;
            this.store = store;
        }

        @PostMapping("/api/enquiries")
        ResponseEntity<Map<String, Object>> receive(@RequestBody EnquiryRequest request) {
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(new ReceiveEnquiry(id, request.receivedOn(), request.channel(),
                    request.enquirerRole(), request.about(), request.topics()));
            return ResponseEntity.status(HttpStatus.CREATED).eTag("\"1\"").body(Map.of("caseId", id, "version", 1));
        }

        @RequestMapping(path = "/api/cases/{id}/{action}", method = {RequestMethod.POST, RequestMethod.PUT})
        ResponseEntity<Map<String, Object>> record(@PathVariable String id, @PathVariable String action,
                                                   @RequestBody Map<String, Object> details) {
            long version = commands.sendAndWait(new RecordCaseAction(id, action, details));
            return ResponseEntity.ok().eTag("\"" + version + "\"").body(Map.of("caseId", id, "version", version));
        }

        /** From the case's events, as Casebook folds a case on read: every committed write shows at once. */
        @GetMapping("/api/cases/{id}")
        ResponseEntity<Map<String, Object>> oneCase(@PathVariable String id) {
            List<Object> events = store.readEvents(id).asStream().map(DomainEventMessage::getPayload)
                    .map(Object.class::cast).toList();
            if (events.isEmpty()) {
                return ResponseEntity.notFound().build();
            }
            return ResponseEntity.ok().eTag("\"" + events.size() + "\"").body(Map.of("caseId", id,
                    "version", events.size(), "events", events));
        }

        @GetMapping("/api/caseload")
        List<Map<String, Object>> caseload(@RequestParam String worker) {
            return jdbc.queryForList("SELECT case_id, channel, actions FROM peer_enquiry_view WHERE worker = ?",
                    worker);
        }

        /** The projection's view of one enquiry: 404 until the projection has handled it. */
        @GetMapping("/api/enquiries/{id}")
        ResponseEntity<Map<String, Object>> one(@PathVariable String id) {
            var rows = jdbc.queryForList("SELECT case_id, channel, actions, worker FROM peer_enquiry_view"
                    + " WHERE case_id = ?", id);
            return rows.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(rows.get(0));
        }
    }
}

-- Poison events: Axon's JDBC sequenced dead-letter queue for the read-model processors (caseload, reports), in
-- snake_case to match ProjectionDeadLetters.SCHEMA (Axon never creates it). One row per parked event; the sequence
-- is the case (aggregate id), so a case's later events wait behind its first failed one, in order.
-- `payload` and `meta_data` are the event as the event store holds it (JSON, personal data sealed with the case's
-- key, so erasure reaches these rows too). `cause_message` never holds the exception's own message, which may quote
-- data: only the names of the exception classes (SafeCauseStatementFactory). Times are ISO-8601 strings, as Axon
-- writes and compares them.
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  PRIMARY KEY,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT uk_dead_letter_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);

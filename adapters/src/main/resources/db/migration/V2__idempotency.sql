-- The first response to a command sent with an Idempotency-Key, written in the same transaction as its events, so
-- that a retry (even after a restart or a crash before the response reached the client) gets the same answer and
-- appends nothing. Bodies hold identifiers only, never personal data.
CREATE TABLE idempotency_record (
    username          VARCHAR(100)             NOT NULL,
    idempotency_key   VARCHAR(100)             NOT NULL,
    request_hash      VARCHAR(64)              NOT NULL,
    response_status   INTEGER                  NOT NULL,
    response_body     VARCHAR(4000)            NOT NULL,
    response_etag     VARCHAR(40),
    response_location VARCHAR(255),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, idempotency_key)
);

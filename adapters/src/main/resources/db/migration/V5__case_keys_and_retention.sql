-- Crypto-shredding: one AES key per case, kept apart from the events it protects. Destroying the key (key_bytes set
-- to NULL) makes the personal data in that case's events unreadable for ever without rewriting any event row.
CREATE TABLE case_key (
    case_id      VARCHAR(36)              PRIMARY KEY,
    key_bytes    BYTEA,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    destroyed_at TIMESTAMP WITH TIME ZONE
);

-- Retention needs to know when a case closed and whether it has already been erased.
ALTER TABLE caseload_case ADD COLUMN closed_on DATE;
ALTER TABLE caseload_case ADD COLUMN erased BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_caseload_case_retention ON caseload_case (status, erased, closed_on);

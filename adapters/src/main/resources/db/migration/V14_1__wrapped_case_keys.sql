-- Envelope encryption (ADR 16): a case key is stored only wrapped (AES-256-GCM) by a master key that never enters
-- the database, with the id (fingerprint) of the master key that wrapped it. key_bytes held keys in the clear; the
-- startup task WrappedKeyMigration wraps any it finds and sets key_bytes to NULL, so after the first start of this
-- version no row holds a usable key. Erasure sets wrapped_key (and key_bytes) to NULL.
ALTER TABLE case_key ADD COLUMN wrapped_key BYTEA;
ALTER TABLE case_key ADD COLUMN master_key_id VARCHAR(64);

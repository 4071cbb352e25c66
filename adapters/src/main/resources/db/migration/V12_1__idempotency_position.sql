-- The store position (global index) of the last event of the command an idempotency record answered, so that a
-- replayed answer carries the original Casebook-Position (contract, "Reading your own writes"). Null for records
-- written before this column, and for commands that appended nothing: answered as position 0.
ALTER TABLE idempotency_record ADD COLUMN response_position BIGINT;

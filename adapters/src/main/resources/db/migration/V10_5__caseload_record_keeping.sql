-- caseload: the record-keeping consents of each case (JSON: live ids, withdrawn ids with their dates) and the day the
-- last live one was withdrawn, from which the case is due for erasure (ERASURE_DUE, the retention list) [002 §4.2].
ALTER TABLE caseload_case ADD COLUMN record_keeping VARCHAR(4000);
ALTER TABLE caseload_case ADD COLUMN record_keeping_withdrawn_on DATE;
CREATE INDEX ix_caseload_case_withdrawn ON caseload_case (record_keeping_withdrawn_on);

-- Rows written before this migration know nothing of consents: empty the caseload and drop its tokens, so that the
-- caseload processor starts again from the first event on its next start and rebuilds every row (docs/events.md).
DELETE FROM caseload_case;
DELETE FROM token_entry WHERE processor_name = 'caseload';

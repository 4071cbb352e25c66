-- Issue 10, item 9: the Development Group report's new figures.
--
-- report_case.record_keeping: the record-keeping consents still standing on a case, as consentId=yyyy-MM-dd entries
-- separated by ';' (identifiers and dates only, no personal data). "Casework opened" is dated by the earliest of them
-- when the personal details were first recorded: the day the parent agreed to records being kept [002 §4.2, §5.8].
ALTER TABLE report_case ADD COLUMN record_keeping VARCHAR(4000);

-- A compliment belongs to no case [002 §5.12 (8)], so its fact has no case id.
ALTER TABLE report_fact ALTER COLUMN case_id DROP NOT NULL;

-- The facts already stored were dated and counted the old way (casework opened by the day details were typed; no
-- further contacts, appeal outcomes or complaint due dates). Empty the report read model and forget its position:
-- on start the reports processor finds no token, starts again from the first event and rebuilds every row, as
-- POST /api/admin/projections/reports/rebuild would. A fresh database has nothing here to delete.
DELETE FROM report_fact;
DELETE FROM report_case;
DELETE FROM report_safeguarding_override;
DELETE FROM dead_letter_entry WHERE processing_group = 'reports';
DELETE FROM projection_late_event WHERE processor_name = 'reports';
DELETE FROM token_entry WHERE processor_name = 'reports';

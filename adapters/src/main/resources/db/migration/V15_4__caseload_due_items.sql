-- Issue 12 (mixed workload; performance.md, 2026-12-06): each caseload row keeps its due items (kind and day, as
-- "KIND yyyy-MM-dd" entries separated by ';'), worked out when the row is written, so that GET /api/caseload no
-- longer parses every open case's state and replays its contacts through the evaluation schedule; whether an item is
-- overdue is still judged on the day asked about. Kinds and days only: no personal data.
--
-- Rows already here keep NULL until their case's next event writes them; until then a read works their items out
-- from the state as before, so no rebuild is needed and nothing shows differently.
ALTER TABLE caseload_case ADD COLUMN due_items VARCHAR(20000);

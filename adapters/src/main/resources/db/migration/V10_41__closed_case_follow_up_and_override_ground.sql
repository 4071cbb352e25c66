-- Issue 10 (levels of work, closed cases, safeguarding grounds).
-- A closed case stays on its worker's caseload while an evaluation or a complaint response is still due on it
-- [002 §10]. The projection keeps this flag as it folds each case; rows written before it are marked for a look,
-- and the query still judges their due items, so nothing is missed before the next rebuild.
ALTER TABLE caseload_case ADD COLUMN follow_up_due BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE caseload_case SET follow_up_due = TRUE WHERE status = 'CLOSED';

-- Each safeguarding override names its ground (CHILD_PROTECTION, CIVIL_SAFETY) [002 App. B 9-12]; NULL for an
-- override recorded before the ground was asked for.
ALTER TABLE report_safeguarding_override ADD COLUMN ground VARCHAR(20);

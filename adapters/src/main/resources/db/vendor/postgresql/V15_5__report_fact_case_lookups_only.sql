-- Issue 12 (ADR 0039): ix_report_fact_case (case_id, fact) took an entry for every fact, keyed by a random case id,
-- and only three kinds of fact are ever looked up by case: the impartiality audit's signposting to independent
-- organisations after a concern, the views confirmed after a meeting, and the complaint a complaint's answer belongs
-- to (ImpartialityAudits, FactCounts). An enquiry's four facts, every contact's and every meeting's were index entries
-- on random pages that no query read. The index now holds those three kinds only; the queries name the fact as a
-- constant, so PostgreSQL matches them to it. A new per-case lookup of another fact must add that fact here, in a new
-- migration (ReportFactLookupsIT checks that the index serves each of the three).
--
-- H2 (db/vendor/h2) has no partial indexes and keeps the whole index.
SET LOCAL statement_timeout = 0;
CREATE INDEX ix_report_fact_case_lookup ON report_fact (case_id, fact)
    WHERE fact IN ('SIGNPOSTING', 'VIEWS_CONFIRMED', 'COMPLAINT');
DROP INDEX ix_report_fact_case;

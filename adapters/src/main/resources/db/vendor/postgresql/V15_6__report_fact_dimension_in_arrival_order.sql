-- Issue 12: ix_report_fact_dimension (V9) carried event_id and case_id as key columns, so within one fact, dimension,
-- day and value (all of a day's enquiries by phone, say) its entries were sorted by a random event id. Each new fact
-- went to a random leaf page of that day's run, and after every checkpoint each of those pages was written to the WAL
-- whole: the largest writer of WAL under load (14.8 of 78 MB in 20 s of commands, 6.5 MB of it full pages,
-- performance.md, 2026-12-06 night).
--
-- The report only ever bounds (fact, dimension, occurred_on) and filters or groups by val; it reads event_id and
-- case_id to join, never to search. As INCLUDE columns they stay in the index, so the report's counts are still
-- index-only scans, but they no longer order it: equal keys are ordered by where the row sits in the table, so the
-- day's new facts go to the end of their run, a handful of hot pages. The Development Group report at 1,000,000 events
-- took the same time on both (17-22 ms median, performance.md).
--
-- H2 (db/vendor/h2) keeps the V9 index: it is the single-user embedded default, where none of this shows.
SET LOCAL statement_timeout = 0;
CREATE INDEX ix_report_fact_dimension_v15_6 ON report_fact (fact, dimension, occurred_on, val) INCLUDE (event_id, case_id);
DROP INDEX ix_report_fact_dimension;
ALTER INDEX ix_report_fact_dimension_v15_6 RENAME TO ix_report_fact_dimension;

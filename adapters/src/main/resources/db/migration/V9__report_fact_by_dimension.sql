-- The Development Group report counts facts by (fact, dimension) over a period and by value. With this index those
-- counts are index-only scans (the index holds every column they read), instead of fetching every fact of that kind
-- in the period from the table: at 1,000,000 events the report went from ~430 ms to a fraction (performance.md).
CREATE INDEX ix_report_fact_dimension ON report_fact (fact, dimension, occurred_on, val, event_id, case_id);

-- ix_report_fact_fact_date (fact, occurred_on) is covered by ix_report_fact_dimension (fact, dimension, occurred_on,
-- ...), V9: every query that names a dimension uses that one, and the two that do not (impartiality concerns and
-- unconfirmed views, each a rare fact with a single dimension) read it with the same bounds on fact and date (7.5 ms
-- and 40 ms at 1,000,000 events, as with the old index). Each report fact written, and each bulk rebuild, paid for an
-- index nothing needed (docs/performance.md, 2026-12-04 night).
DROP INDEX IF EXISTS ix_report_fact_fact_date;

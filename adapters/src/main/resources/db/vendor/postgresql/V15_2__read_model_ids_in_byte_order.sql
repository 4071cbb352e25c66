-- Issue 12, item 3 (ADR 0023, "Ids in byte order"): the read models' id and code columns (UUIDs, event ids, enum
-- codes, report values, user names) are compared and sorted byte by byte. Under the database's linguistic collation
-- (C.UTF-8 here) every comparison goes through strcoll and PostgreSQL gives up its abbreviated sort keys, which
-- made building report_fact's primary key 2.6 times slower (4.05 s against 1.56 s on 1,852,136 rows,
-- performance.md); a bulk rebuild builds every one of these keys and indexes again.
--
-- What a client sees does not change: equality is byte equality under either collation; the values are ASCII (UUIDs,
-- enum names, digits, ISO dates, TRUE/FALSE, user names); and glibc's C.UTF-8 (2.35 and later) already orders every
-- string by code point, which is byte order in UTF-8, so under this database's collation no order changes at all.
-- (Under a linguistic collation such as en_GB.UTF-8 the only ORDER BYs on these columns, case_id, ref and sharing_id
-- as tie-breakers after a date, would still order UUIDs written in one case alike.) Joins are only between these
-- columns, so no comparison mixes two collations. Bulk rebuilds create their shadows with LIKE, which copies it.
--
-- Changing a column's collation rewrites no table, but rebuilds the indexes on it: on a store of 1,000,000 events
-- this migration took 13 s (report_fact's four indexes), more than the 15 s statement timeout every session of the
-- service is given (application-postgres.yml) allows on a busy machine, so it lifts that timeout for its own
-- transaction (Flyway runs each PostgreSQL migration in one). H2 (db/vendor/h2) compares strings by code unit anyway
-- and has no per-column collation.
SET LOCAL statement_timeout = 0;
ALTER TABLE caseload_case
    ALTER COLUMN case_id TYPE VARCHAR(36) COLLATE "C",
    ALTER COLUMN supporter TYPE VARCHAR(100) COLLATE "C",
    ALTER COLUMN status TYPE VARCHAR(10) COLLATE "C";

ALTER TABLE report_fact
    ALTER COLUMN event_id TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN case_id TYPE VARCHAR(36) COLLATE "C",
    ALTER COLUMN fact TYPE VARCHAR(40) COLLATE "C",
    ALTER COLUMN dimension TYPE VARCHAR(40) COLLATE "C",
    ALTER COLUMN val TYPE VARCHAR(60) COLLATE "C",
    ALTER COLUMN ref TYPE VARCHAR(36) COLLATE "C";

ALTER TABLE report_case
    ALTER COLUMN case_id TYPE VARCHAR(36) COLLATE "C";

ALTER TABLE report_safeguarding_override
    ALTER COLUMN sharing_id TYPE VARCHAR(36) COLLATE "C",
    ALTER COLUMN case_id TYPE VARCHAR(36) COLLATE "C",
    ALTER COLUMN recipient TYPE VARCHAR(40) COLLATE "C",
    ALTER COLUMN ground TYPE VARCHAR(20) COLLATE "C";

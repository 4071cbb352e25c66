-- PostgreSQL's V15_2 (db/vendor/postgresql) gives the read models' id and code columns COLLATE "C". H2 has no
-- per-column collation and already compares strings by code unit, which for these ASCII values is byte order; this
-- script keeps the two schemas' version histories alike.
SELECT 1;

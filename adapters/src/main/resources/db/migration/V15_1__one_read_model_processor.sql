-- Issue 12, item 2 (ADR 0027): both read models are fed by one processor, 'readmodels', and rebuilt together under
-- its name. A rebuild asked for under a former processor's name ('caseload', 'reports') and not yet swapped in becomes
-- a request for the one processor, taken by the next node that looks (from the start: the half-filled shadow tables
-- are dropped and filled again). The former processors' tokens stay in token_entry: the new processor starts from
-- their lower bound on its first run (FormerProcessorTokens), and dead letters keep their processing groups, which
-- are still named after the read models.
INSERT INTO projection_rebuild (processor_name, requested_at)
SELECT 'readmodels', MIN(requested_at) FROM projection_rebuild
WHERE processor_name IN ('caseload', 'reports')
  AND NOT EXISTS (SELECT 1 FROM projection_rebuild WHERE processor_name = 'readmodels')
HAVING COUNT(*) > 0;

DELETE FROM projection_rebuild WHERE processor_name IN ('caseload', 'reports');

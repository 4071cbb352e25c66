-- Issue 12, item 3 (numbered after V14_1, so that databases already past it take it in order): bulk rebuilds
-- into shadow tables (ADR 0023). A row says that a read model's rebuild was asked for and has not yet been swapped in;
-- it is deleted in the transaction that swaps the rebuilt tables in. The node working on it beats here (the database's
-- clock); a row whose node stopped beating (it died mid-rebuild) or that no node has taken is taken by the next node
-- that looks, which drops the half-filled shadow tables and starts again. Processor names and times only: no personal
-- data.
CREATE TABLE projection_rebuild (
    processor_name VARCHAR(255)             PRIMARY KEY,
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    node_id        VARCHAR(255),
    heartbeat      TIMESTAMP WITH TIME ZONE
);

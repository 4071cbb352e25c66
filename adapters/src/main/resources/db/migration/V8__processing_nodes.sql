-- Every running Casebook node says it is alive here every few seconds, so that nodes can share each projection's
-- segments fairly (SegmentBalancer). Times are the database's clock, never a node's, so that skew cannot matter.
CREATE TABLE processing_node (
    node_id   VARCHAR(255) PRIMARY KEY,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL
);

-- projection_late_event: which read model handled which late event. A row is written by the processor itself, in
-- the transaction of the batch that handled the event (so with the token that moved past it), for every event that
-- was already older than a sixth of the gap timeout when handled (late commits, and catch-up after downtime), never
-- during a rebuild. ProjectionReconciler compares these rows with the late commits it saw fill a hole in the store:
-- a read model whose token moved past such an event without a row here skipped it. Rows older than the watch period
-- are deleted. Event identifiers only: no personal data.
CREATE TABLE projection_late_event (
    processor_name   VARCHAR(255)             NOT NULL,
    event_identifier VARCHAR(255)             NOT NULL,
    handled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (processor_name, event_identifier)
);
CREATE INDEX ix_projection_late_event_handled_at ON projection_late_event (handled_at);

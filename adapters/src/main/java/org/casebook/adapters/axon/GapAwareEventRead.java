package org.casebook.adapters.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;
import org.postgresql.PGStatement;

/**
 * Axon's read of the events after a position and in the holes below it ({@code (global_index > ? AND global_index <=
 * ?) OR global_index IN (…)}), planned by PostgreSQL at every call with the table as it is.
 *
 * <p>pgJDBC prepares a statement on the server after its fifth use on a connection, and PostgreSQL then keeps one
 * generic plan for it, made from what it believed of the table at the time. Made while the store held a few pages, that
 * plan is a sequential scan, and it stays until an {@code ANALYZE} (never, with autovacuum off) or the connection's end
 * (Hikari's 30 minutes). There is one such statement per number of holes, so new ones settle on a small table for a
 * long while. The read models read right after each commit, while other appends are still open, so their reads
 * nearly always carry holes: measured at 9–35 ms a read, up to 1.1 ms of database time an enquiry, for minutes after a
 * store was new (docs/performance.md, 2026-12-06 late). This is the same trap as the read models' batches fell into
 * (ADR 0031); here no setting is needed, because the read is simple to plan (a few dozen microseconds) and made a few
 * times a second at most per processor, so it need not be prepared on the server at all.
 *
 * <p>The read without holes, a range of the primary key, keeps Axon's statement: its generic plan is the index.
 */
public final class GapAwareEventRead implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        PreparedStatement read = JdbcEventStorageEngineStatements.readEventDataWithGaps(connection, schema,
                globalIndex, batchSize, gaps);
        if (read.isWrapperFor(PGStatement.class)) {
            // 0: never a named server-side statement, so never a generic plan (pgJDBC's own meaning of the threshold)
            read.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        return read;
    }
}

package org.casebook.adapters.scaleout;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Casebook nodes sharing this database, known by a heartbeat row each. Ages are judged by the database's clock,
 * so nodes with skewed clocks still agree on who is alive.
 */
public class ProcessingNodes {

    private final JdbcTemplate jdbc;
    private final String nodeId;
    private final Duration timeout;

    public ProcessingNodes(JdbcTemplate jdbc, Duration timeout) {
        this.jdbc = jdbc;
        this.timeout = timeout;
        // pid@host, as Axon names token owners, so that token_entry.owner and this table speak of the same node.
        this.nodeId = ManagementFactory.getRuntimeMXBean().getName();
    }

    public String nodeId() {
        return nodeId;
    }

    public void heartbeat() {
        // Update first, insert if absent: portable to H2, and only this node ever writes its own row.
        if (jdbc.update("UPDATE processing_node SET last_seen = CURRENT_TIMESTAMP WHERE node_id = ?", nodeId) == 0) {
            jdbc.update("INSERT INTO processing_node (node_id, last_seen) VALUES (?, CURRENT_TIMESTAMP)", nodeId);
        }
    }

    /** Nodes seen within the timeout, this one included even before its first heartbeat. */
    public int alive() {
        // The interval is written out (a configured number, not input): H2, the embedded default, cannot type
        // "? * INTERVAL", and the balancer skipped every tick there with a warning.
        Integer others = jdbc.queryForObject("""
                SELECT count(*) FROM processing_node
                WHERE node_id <> ? AND last_seen > CURRENT_TIMESTAMP - INTERVAL '%d' SECOND""".formatted(
                        timeout.toSeconds()),
                Integer.class, nodeId);
        return 1 + (others == null ? 0 : others);
    }

    /** A node that stops cleanly leaves at once instead of holding a fair share until it times out. */
    public void leave() {
        jdbc.update("DELETE FROM processing_node WHERE node_id = ?", nodeId);
    }

    public void forgetLongGone() {
        jdbc.update("DELETE FROM processing_node WHERE last_seen < CURRENT_TIMESTAMP - INTERVAL '1' DAY");
    }
}

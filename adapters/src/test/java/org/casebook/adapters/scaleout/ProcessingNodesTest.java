package org.casebook.adapters.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.casebook.adapters.InMemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The heartbeat table on H2 in the embedded default's mode, with the table its migration makes: the count of live
 * nodes once failed there ("? * INTERVAL"), and the balancer skipped every tick with a warning.
 */
class ProcessingNodesTest {

    private JdbcTemplate jdbc;
    private ProcessingNodes nodes;

    @BeforeEach
    void heartbeatTable() {
        jdbc = InMemoryDatabase.migratedBy("V8__processing_nodes.sql");
        nodes = new ProcessingNodes(jdbc, Duration.ofSeconds(15));
    }

    @Test
    void countsItselfAndTheOtherNodesSeenWithinTheTimeout() {
        nodes.heartbeat();
        assertThat(nodes.alive()).as("only this node").isEqualTo(1);

        jdbc.update("INSERT INTO processing_node (node_id, last_seen) VALUES ('1@other', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO processing_node (node_id, last_seen) VALUES ('2@gone',"
                + " CURRENT_TIMESTAMP - INTERVAL '60' SECOND)");

        assertThat(nodes.alive()).as("this node and the one seen just now, not the one silent for 60 s")
                .isEqualTo(2);
    }
}

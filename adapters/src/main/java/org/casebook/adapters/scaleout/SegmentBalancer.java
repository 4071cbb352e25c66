package org.casebook.adapters.scaleout;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.casebook.adapters.SafeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shares each projection's segments between the live nodes. Without Axon Server nothing balances segments: the
 * first node to start claims all of them and a second node would sit idle. So each node, on every tick, gives up
 * the segments it holds beyond its fair share (segments / live nodes, rounded up) for a while, long enough for
 * another node's coordinator to claim them. A node that dies holds its claims only until Axon's claim timeout;
 * the survivors' coordinators then take its segments, whatever this class does.
 */
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final ProcessingNodes nodes;
    private final JdbcTemplate jdbc;
    private final long releaseMillis;

    public SegmentBalancer(EventProcessingConfiguration processing, ProcessingNodes nodes, JdbcTemplate jdbc,
                           long releaseMillis) {
        this.processing = processing;
        this.nodes = nodes;
        this.jdbc = jdbc;
        this.releaseMillis = releaseMillis;
    }

    public void balance() {
        try {
            balanceNow();
        } catch (DataAccessException unavailable) {
            // The database is away (an outage is answered with 503 elsewhere); try again on the next tick.
            log.warn("Segment balancing skipped: {}", SafeLog.describe(unavailable));
        }
    }

    private void balanceNow() {
        nodes.heartbeat();
        int alive = nodes.alive();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                balance(name, streaming, alive);
            }
        });
    }

    private void balance(String name, StreamingEventProcessor processor, int alive) {
        Integer segments = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                Integer.class, name);
        if (segments == null || segments == 0) {
            return;
        }
        int fairShare = fairShare(segments, alive);
        List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
        for (int extra = held.size() - fairShare, i = held.size() - 1; extra > 0; extra--, i--) {
            log.info("Releasing segment {} of projection {}: this node holds {} of {} with {} nodes alive",
                    held.get(i), name, held.size(), segments, alive);
            processor.releaseSegment(held.get(i), releaseMillis, TimeUnit.MILLISECONDS);
        }
    }

    static int fairShare(int segments, int alive) {
        return (segments + alive - 1) / Math.max(1, alive);
    }
}

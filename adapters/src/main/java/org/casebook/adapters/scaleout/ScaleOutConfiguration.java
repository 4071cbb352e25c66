package org.casebook.adapters.scaleout;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Any number of nodes may run against one database: commands go to whichever node receives them (the event
 * store's unique (case, sequence) key settles races between nodes), and projection segments are shared out.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ScaleOutConfiguration {

    @Bean(destroyMethod = "leave")
    ProcessingNodes processingNodes(JdbcTemplate jdbc,
                                    @Value("${casebook.scale-out.node-timeout:PT8S}") Duration nodeTimeout,
                                    @Value("${casebook.scale-out.balance-interval:PT5S}") Duration balanceInterval,
                                    @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        requireTimingsInOrder(balanceInterval, nodeTimeout, claimTimeout);
        return new ProcessingNodes(jdbc, nodeTimeout);
    }

    /**
     * A live node beats every balance interval, so it must not time out in between; a dead node must drop out of the
     * count before its claims lapse, or the survivor takes the dead node's segments at the claim timeout and, still
     * counting two nodes, gives half of them back for {@code release-for} (ScaleOutIT saw this with the old 15 s).
     */
    static void requireTimingsInOrder(Duration balanceInterval, Duration nodeTimeout, Duration claimTimeout) {
        if (nodeTimeout.compareTo(balanceInterval) <= 0 || nodeTimeout.compareTo(claimTimeout) >= 0) {
            throw new IllegalStateException("casebook.scale-out.node-timeout (" + nodeTimeout + ") must be longer"
                    + " than casebook.scale-out.balance-interval (" + balanceInterval + ") and shorter than"
                    + " axon.eventhandling.tokenstore.claim-timeout (" + claimTimeout + ")");
        }
    }

    @Bean
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, ProcessingNodes nodes,
                                    JdbcTemplate jdbc,
                                    @Value("${casebook.scale-out.release-for:PT15S}") Duration releaseFor) {
        return new SegmentBalancer(processing, nodes, jdbc, releaseFor.toMillis());
    }

    @Bean
    BalancingSchedule balancingSchedule(SegmentBalancer balancer, ProcessingNodes nodes) {
        return new BalancingSchedule(balancer, nodes);
    }

    static final class BalancingSchedule {

        private final SegmentBalancer balancer;
        private final ProcessingNodes nodes;

        BalancingSchedule(SegmentBalancer balancer, ProcessingNodes nodes) {
            this.balancer = balancer;
            this.nodes = nodes;
        }

        @Scheduled(initialDelayString = "${casebook.scale-out.balance-interval:PT5S}",
                fixedDelayString = "${casebook.scale-out.balance-interval:PT5S}")
        void balance() {
            balancer.balance();
        }

        @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
        void forgetLongGone() {
            nodes.forgetLongGone();
        }
    }
}

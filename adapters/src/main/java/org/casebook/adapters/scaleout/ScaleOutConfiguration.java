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
                                    @Value("${casebook.scale-out.node-timeout:PT15S}") Duration nodeTimeout) {
        return new ProcessingNodes(jdbc, nodeTimeout);
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

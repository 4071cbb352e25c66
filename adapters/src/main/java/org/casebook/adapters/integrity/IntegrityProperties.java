package org.casebook.adapters.integrity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the event chain is kept. {@code gapGracePeriod}: how long a hole in the global index may still fill with a
 * late commit before the chain passes it (Axon's own gap timeout for its processors is 60 s too). {@code batchSize}:
 * events chained per transaction and checked per page. The chaining interval,
 * {@code casebook.integrity.chain-interval} (default PT2S), is read by {@link EventChainer}'s schedule.
 */
@ConfigurationProperties("casebook.integrity")
public record IntegrityProperties(Duration gapGracePeriod, Integer batchSize) {

    public IntegrityProperties {
        gapGracePeriod = gapGracePeriod == null ? Duration.ofSeconds(60) : gapGracePeriod;
        batchSize = batchSize == null ? 1000 : batchSize;
        if (gapGracePeriod.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("casebook.integrity needs a grace period >= 0 and a batch size >= 1");
        }
    }
}

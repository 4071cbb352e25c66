package org.casebook.adapters.consistency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code maxWait}: how long a read-model query waits for its read model to reach the position it must show (default
 * PT2S); past that it answers with what it has and {@code Casebook-Stale: true}. {@code pollInterval}: how often a
 * waiting query looks at the committed tokens when no batch commits on this node wakes it, which is how it sees
 * another node's progress (default PT0.01S; only while someone waits). {@code fetchDelay}: how often the event store
 * reads the table for events other nodes appended, and wakes the read models' processors (default PT0.1S; Axon's
 * default is one second; events appended on this node wake them at once). {@code wakeWindow}: once commits on this
 * node come faster than a few per such window, the read models are woken at most once per window, so that they
 * handle batches rather than an event at a time (default PT0.02S; {@code PT0S}: every commit wakes them at once;
 * a read that waits for a position releases a held-back wake at once; {@link PromptEventSource}).
 * {@code cachedEvents}: how many of the latest events the event store keeps in memory for the read models' stream
 * (default 500, Axon's 10,000; a stream further behind reads the table itself; ADR 0040).
 */
@ConfigurationProperties("casebook.consistency")
public record ConsistencyProperties(Duration maxWait, Duration pollInterval, Duration fetchDelay,
                                    Duration wakeWindow, Integer cachedEvents) {

    public ConsistencyProperties {
        maxWait = maxWait == null ? Duration.ofSeconds(2) : maxWait;
        pollInterval = pollInterval == null ? Duration.ofMillis(10) : pollInterval;
        fetchDelay = fetchDelay == null ? Duration.ofMillis(100) : fetchDelay;
        wakeWindow = wakeWindow == null ? Duration.ofMillis(20) : wakeWindow;
        cachedEvents = cachedEvents == null ? 500 : cachedEvents;
    }
}

package org.casebook.adapters.axon;

import java.time.Clock;
import org.casebook.application.casework.Casework;
import org.casebook.application.generator.HistoryGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar casebook.jar --casebook.generate.events=100000} fills the store with realistic history before
 * serving ({@code --casebook.generate.exit=true} stops afterwards). For trying the service and for benchmarks only.
 */
@Component
@ConditionalOnProperty(name = "casebook.generate.events")
public class HistoryGeneration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HistoryGeneration.class);

    private final Casework casework;
    private final Clock clock;
    private final ConfigurableApplicationContext context;
    private final long events;
    private final boolean exit;
    private final long seed;

    public HistoryGeneration(Casework casework, Clock clock, ConfigurableApplicationContext context,
                             @org.springframework.beans.factory.annotation.Value("${casebook.generate.events}")
                             long events,
                             @org.springframework.beans.factory.annotation.Value("${casebook.generate.exit:false}")
                             boolean exit,
                             @org.springframework.beans.factory.annotation.Value("${casebook.generate.seed:2647}")
                             long seed) {
        this.casework = casework;
        this.clock = clock;
        this.context = context;
        this.events = events;
        this.exit = exit;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long started = System.nanoTime();
        long recorded = new HistoryGenerator(casework, clock, seed).generate(events);
        log.info("Generated {} events in {} s", recorded, (System.nanoTime() - started) / 1_000_000_000L);
        if (exit) {
            context.close();
        }
    }
}

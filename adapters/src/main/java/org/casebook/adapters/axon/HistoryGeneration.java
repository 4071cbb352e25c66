package org.casebook.adapters.axon;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casebook.adapters.privacy.CaseKeys;
import org.casebook.application.casework.Casework;
import org.casebook.application.generator.GenerationProgress;
import org.casebook.application.generator.HistoryGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar casebook.jar --casebook.generate.events=100000} fills the store with realistic history before
 * serving ({@code --casebook.generate.exit=true} stops afterwards), logging a progress line at every 10 %. For
 * trying the service and for benchmarks only (docs/generator.md).
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
    private final int threads;

    public HistoryGeneration(Casework casework, Clock clock, ConfigurableApplicationContext context,
                             @org.springframework.beans.factory.annotation.Value("${casebook.generate.events}")
                             long events,
                             @org.springframework.beans.factory.annotation.Value("${casebook.generate.exit:false}")
                             boolean exit,
                             @org.springframework.beans.factory.annotation.Value("${casebook.generate.seed:2647}")
                             long seed,
                             @org.springframework.beans.factory.annotation.Value("${casebook.generate.threads:1}")
                             int threads) {
        this.casework = casework;
        this.clock = clock;
        this.context = context;
        this.events = events;
        this.exit = exit;
        this.seed = seed;
        this.threads = Math.max(1, threads);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long started = System.nanoTime();
        // Independent generators with their own seeds, one per thread: cases never span two of them, so they cannot
        // collide, and a large store fills in minutes instead of an hour.
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long recorded;
        try {
            List<Future<Long>> parts = new ArrayList<>();
            // One line at every 10 % of all the threads' events, with the rate and the time left.
            GenerationProgress progress = new GenerationProgress(events, System::nanoTime, log::info);
            for (int i = 0; i < threads; i++) {
                long partSeed = seed + i;
                // Each generator reuses the keys it reads (a CaseKeys scope): nothing is erased while it runs.
                parts.add(pool.submit(() -> {
                    try (CaseKeys.Scope keys = CaseKeys.openScope()) {
                        return new HistoryGenerator(casework, clock, partSeed, progress).generate(events / threads);
                    }
                }));
            }
            recorded = 0;
            for (Future<Long> part : parts) {
                recorded += part.get();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("History generation interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("History generation failed", failed.getCause());
        } finally {
            pool.shutdownNow();
        }
        log.info("Generated {} events in {} s", recorded, (System.nanoTime() - started) / 1_000_000_000L);
        if (exit) {
            // Closing the context is not enough: Axon's and the pool's threads would keep the JVM alive.
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}

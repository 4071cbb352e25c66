package org.casebook.application.generator;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Says how far a long generation has got: one line at every 10 % of the events asked for, with the rate so far and
 * the time left at that rate. Shared by the generators running in parallel, so the line counts all of them.
 */
public final class GenerationProgress {

    private final long target;
    private final LongSupplier nanoTime;
    private final Consumer<String> out;
    private final long started;
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong nextTenth = new AtomicLong(1);

    public GenerationProgress(long target, LongSupplier nanoTime, Consumer<String> out) {
        this.target = Math.max(1, target);
        this.nanoTime = nanoTime;
        this.out = out;
        this.started = nanoTime.getAsLong();
    }

    /** Progress that says nothing, for a generator run on its own (tests). */
    public static GenerationProgress silent() {
        return new GenerationProgress(1, () -> 0L, line -> { });
    }

    /** Counts {@code events} more recorded, and reports each tenth of the target reached. */
    public void recorded(long events) {
        long now = recorded.addAndGet(events);
        long tenth = nextTenth.get();
        while (tenth <= 10 && now * 10 >= tenth * target) {
            if (nextTenth.compareAndSet(tenth, tenth + 1)) {
                out.accept(line(tenth * 10, now));
            }
            tenth = nextTenth.get();
        }
    }

    String line(long percent, long now) {
        double seconds = Math.max(1e-9, (nanoTime.getAsLong() - started) / 1e9);
        double rate = now / seconds;
        long left = Math.max(0, target - now);
        return String.format(Locale.ROOT, "Generating history: %d%% (%,d of %,d events), %,.0f events/s, %s left",
                percent, now, target, rate, duration(rate == 0 ? 0 : (long) Math.ceil(left / rate)));
    }

    private static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return (seconds / 60) + " min " + (seconds % 60) + " s";
        }
        return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
    }
}

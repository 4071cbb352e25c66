package org.casebook.loadtest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU samples went, by area ({@code .ci/jfr-areas recording.jfr [--skip=60]}): each
 * {@code jdk.ExecutionSample} is walked from its innermost frame outwards and belongs to the first frame that names an
 * area. Libraries that only do work for a caller (the JDK, JDBC driver, pool, Spring's JdbcTemplate, Jackson) name no
 * area, so a JSON write or an insert counts for whoever asked for it: the idempotency record's insert is the
 * idempotency record's, a response body's JSON is Spring MVC's. Samples of the first {@code --skip} seconds (start-up
 * and the unmeasured warm-up), or before {@code --from=HH:MM:SS} (UTC), are left out. Also prints the hottest leaf frames, which say what an area spends on.
 * With {@code --allocation=true}, the same for the bytes allocated (JFR's allocation samples, by weight), with the
 * allocated class and the first frame outside the JDK instead of the leaf.
 */
public final class JfrAreas {

    /** Checked in order for each frame; the first prefix that matches names the frame's area. */
    static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("org.casebook.adapters.web.idempotency.", "idempotency record");
        AREAS.put("org.casebook.adapters.privacy.", "sealing (case keys, AES-GCM)");
        AREAS.put("org.casebook.adapters.integrity.", "hash chain");
        AREAS.put("org.casebook.adapters.web.audit.", "access audit");
        AREAS.put("org.casebook.adapters.consistency.", "read-your-writes (positions, waits)");
        AREAS.put("org.casebook.adapters.eventprocessing.", "projections");
        AREAS.put("org.casebook.projections.", "projections");
        AREAS.put("org.axonframework.eventhandling.pooled.", "projections");
        AREAS.put("org.axonframework.eventhandling.tokenstore.", "projections");
        AREAS.put("org.axonframework.eventhandling.deadletter.", "projections");
        AREAS.put("org.axonframework.eventhandling.", "projections");
        AREAS.put("org.axonframework.eventsourcing.", "event store (append, aggregate load)");
        AREAS.put("org.axonframework.serialization.", "Axon serialization");
        AREAS.put("org.casebook.adapters.axon.", "Axon configuration (Casebook)");
        AREAS.put("org.axonframework.", "Axon command handling");
        AREAS.put("org.casebook.domain.", "domain and application");
        AREAS.put("org.casebook.application.", "domain and application");
        AREAS.put("org.casebook.adapters.security.", "security");
        AREAS.put("org.springframework.security.", "security");
        AREAS.put("io.micrometer.", "metrics and observations");
        AREAS.put("org.springframework.boot.actuate.", "metrics and observations");
        AREAS.put("org.casebook.adapters.web.", "web (Casebook controllers)");
        AREAS.put("org.springframework.web.", "Spring MVC");
        AREAS.put("org.springframework.http.", "Spring MVC");
        AREAS.put("org.springframework.validation.", "Spring MVC");
        AREAS.put("org.springframework.transaction.", "transactions");
        AREAS.put("org.apache.catalina.", "Tomcat");
        AREAS.put("org.apache.coyote.", "Tomcat");
        AREAS.put("org.apache.tomcat.", "Tomcat");
        AREAS.put("org.casebook.", "Casebook (other)");
    }

    private JfrAreas() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(java.util.Arrays.copyOfRange(args, 1, args.length));
        Path recording = Path.of(args[0]);
        long skip = options.number("skip", 60);
        int top = options.number("top", 25);
        // --allocation=true: where the heap went (JFR's allocation samples, weighted by the bytes each stands for)
        // instead of where the CPU went; GC time follows allocation, and it was twice the Axon peer's.
        boolean allocation = options.flag("allocation");
        String eventType = allocation ? "jdk.ObjectAllocationSample" : "jdk.ExecutionSample";
        List<RecordedEvent> samples = RecordingFile.readAllEvents(recording).stream()
                .filter(event -> event.getEventType().getName().equals(eventType))
                .toList();
        Instant first = samples.stream().map(RecordedEvent::getStartTime).min(Instant::compareTo).orElseThrow();
        // --from=HH:MM:SS (UTC, as the benchmark prints its steps) instead of --skip: only what came after.
        if (options.has("from")) {
            first = first.atZone(java.time.ZoneOffset.UTC).with(java.time.LocalTime.parse(options.text("from", "")))
                    .toInstant();
            skip = 0;
        }
        Map<String, Long> areas = new HashMap<>();
        Map<String, Long> leaves = new HashMap<>();
        Map<String, Long> areaLeaves = new HashMap<>();
        long counted = 0;
        for (RecordedEvent sample : samples) {
            if (sample.getStartTime().isBefore(first.plusSeconds(skip)) || sample.getStackTrace() == null) {
                continue;
            }
            long weight = allocation ? sample.getLong("weight") : 1;
            counted += weight;
            List<RecordedFrame> frames = sample.getStackTrace().getFrames();
            String area = "other (JDK, libraries, no area on the stack)";
            for (RecordedFrame frame : frames) {
                String name = frame.getMethod().getType().getName();
                String named = areaOf(name);
                if (named != null) {
                    area = named;
                    break;
                }
            }
            areas.merge(area, weight, Long::sum);
            String leaf = allocation ? allocationSite(sample, frames)
                    : frames.isEmpty() ? "?" : describe(frames.get(0));
            leaves.merge(leaf, weight, Long::sum);
            areaLeaves.merge(area + " | " + leaf, weight, Long::sum);
        }
        System.out.printf(Locale.ROOT, "%s: %d %s after the first %d s%n%n| area | %s | share |%n"
                + "|---|---|---|%n", recording.getFileName(), allocation ? counted >> 20 : counted,
                allocation ? "MB allocated" : "execution samples", skip, allocation ? "bytes" : "samples");
        long total = counted;
        areas.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f %% |%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / total));
        System.out.printf(allocation ? "%nLargest allocation sites (class, first frame outside the JDK):%n"
                : "%nHottest leaf frames:%n");
        leaves.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "%5d %5.1f %%  %s%n", e.getValue(),
                        100.0 * e.getValue() / total, e.getKey()));
        if (options.flag("by-area")) {
            System.out.printf("%nHottest leaf frames per area:%n");
            areaLeaves.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(top * 3L).forEach(e -> System.out.printf(Locale.ROOT, "%5d  %s%n", e.getValue(),
                            e.getKey()));
        }
    }

    static String areaOf(String className) {
        for (Map.Entry<String, String> area : AREAS.entrySet()) {
            if (className.startsWith(area.getKey())) {
                return area.getValue();
            }
        }
        return null;
    }

    /** The allocated class and the first frame outside the JDK: who asked for the bytes, not which JDK helper. */
    private static String allocationSite(RecordedEvent sample, List<RecordedFrame> frames) {
        String allocated = sample.getClass("objectClass").getName();
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return allocated + " <- " + describe(frame);
            }
        }
        return allocated + " <- " + (frames.isEmpty() ? "?" : describe(frames.get(0)));
    }

    private static String describe(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}

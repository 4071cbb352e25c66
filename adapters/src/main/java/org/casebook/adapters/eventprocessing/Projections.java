package org.casebook.adapters.eventprocessing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * The read models, where the processor that feeds them has got to, and rebuilding them. All read models share one
 * processor ({@link ReadModels}, ADR 0027), so each read model's status shows that processor's position, lag, segments
 * and rebuild, with the read model's own dead letters and reconciliation.
 */
@Component
public class Projections {

    private final EventProcessingConfiguration processing;
    private final ProcessorTokens tokens;
    private final ReconciliationLedger reconciliations;
    private final DeadLetters deadLetters;
    private final ProjectionRebuilds rebuilds;

    public Projections(EventProcessingConfiguration processing, ProcessorTokens tokens,
                       ReconciliationLedger reconciliations, DeadLetters deadLetters, ProjectionRebuilds rebuilds) {
        this.processing = processing;
        this.tokens = tokens;
        this.reconciliations = reconciliations;
        this.deadLetters = deadLetters;
        this.rebuilds = rebuilds;
    }

    public List<ProjectionStatus> statuses() {
        long head = tokens.head();
        List<ProjectionStatus> statuses = new ArrayList<>();
        for (String name : ReadModels.NAMES) {
            streaming(name).ifPresent(processor -> statuses.add(status(name, processor, head)));
        }
        statuses.sort(Comparator.comparing(ProjectionStatus::name));
        return statuses;
    }

    /** The named read model's status; empty when there is no read model of that name. */
    public Optional<ProjectionStatus> status(String name) {
        return streaming(name).map(processor -> status(name, processor, tokens.head()));
    }

    /**
     * Rebuilds the read model from every event: in bulk into shadow tables swapped in when done, so that queries keep
     * being answered from the complete old tables meanwhile (ProjectionRebuilds, ADR 0023). Every read model of its
     * processor is rebuilt with it: they share one token (ADR 0027). Answers false if there is no such read model.
     */
    public boolean rebuild(String name) {
        return ReadModels.isReadModel(name) && rebuilds.request(name);
    }

    private Optional<StreamingEventProcessor> streaming(String readModel) {
        if (!ReadModels.isReadModel(readModel)) {
            return Optional.empty();
        }
        return processing.eventProcessor(ReadModels.processorOf(readModel), StreamingEventProcessor.class);
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        String processorName = processor.getName();
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = LongStream.concat(
                        segments.values().stream()
                                .map(EventTrackerStatus::getCurrentPosition)
                                .mapToLong(p -> p.orElse(-1L)),
                        committedPositionsHeldElsewhere(processorName, segments.keySet()))
                .min().orElse(-1L);
        // Axon keeps a segment "replaying" until it passes the position it was reset at, even when caught up.
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying)
                && position < head || rebuilds.pending(name);
        String error = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                .map(s -> s.getError() == null ? "error" : s.getError().getClass().getSimpleName())
                .findFirst().orElse(null);
        long shownPosition = Math.max(position, 0);
        int segmentCount = segments.isEmpty() ? tokens.of(processorName).size() : segments.size();
        return new ProjectionStatus(name, shownPosition, head, Math.max(0, head - shownPosition),
                processor.isRunning(), replaying, segmentCount,
                segments.keySet().stream().sorted().toList(), error, reconciliations.of(name),
                deadLetters.parksPoisonEvents(name) ? deadLetters.count(name) : 0,
                rebuilds.progress(name).orElse(null));
    }


    /**
     * Segments this node does not hold are worked by another node (or by none, for a moment, after one died): their
     * committed tokens say how far they have got. This node's own segments are read from its trackers instead,
     * which are current to the event rather than to the last token commit.
     */
    private LongStream committedPositionsHeldElsewhere(String processor, Set<Integer> heldHere) {
        return tokens.of(processor).stream()
                .filter(segment -> !heldHere.contains(segment.segment()))
                .mapToLong(ProcessorTokens.SegmentPosition::position);
    }
}

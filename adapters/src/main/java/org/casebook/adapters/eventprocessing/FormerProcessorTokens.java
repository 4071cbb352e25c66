package org.casebook.adapters.eventprocessing;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.casebook.adapters.eventprocessing.ProcessorTokens.SegmentPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the one read-model processor starts the first time it runs (ADR 0027). Before it, each read model had a
 * processor of its own, named as the read model, with tokens in {@code token_entry}. When both of those tokens exist,
 * the processor starts at their lower bound (the lowest position of any of their segments, with every gap below it
 * that any of them still waited for), so that no event either read model has not yet handled is missed; events
 * between that and the further one's position are handled again by the read model that already had them, which its
 * idempotent handlers make harmless (ReadModelUpgradeIT). On a new database, or if either token is missing or never
 * got past its first event, it starts from the first event, as Axon would.
 *
 * <p>Axon asks only when the processor has no tokens at all, under its token store's initialisation, so this runs
 * once per database, whichever node starts first. The former rows are left as they were: a service rolled back to
 * the two processors resumes from them, and handles again what this one handled since, harmlessly.
 */
final class FormerProcessorTokens {

    private static final Logger log = LoggerFactory.getLogger(FormerProcessorTokens.class);

    private final ProcessorTokens tokens;
    private final List<String> formerProcessors;

    FormerProcessorTokens(ProcessorTokens tokens, List<String> formerProcessors) {
        this.tokens = tokens;
        this.formerProcessors = formerProcessors;
    }

    TrackingToken startingPoint(StreamableMessageSource<TrackedEventMessage<?>> source) {
        GapAwareTrackingToken lowest = null;
        for (String former : formerProcessors) {
            List<SegmentPosition> segments = tokens.of(former);
            if (segments.isEmpty()) {
                log.info("No token of the former processor {}: the read models start from the first event", former);
                return source.createTailToken();
            }
            for (SegmentPosition segment : segments) {
                if (segment.token() == null) {
                    log.info("The former processor {} had not passed its first event: the read models start from"
                            + " the first event", former);
                    return source.createTailToken();
                }
                lowest = lowest == null ? segment.token() : lowest.lowerBound(segment.token());
            }
        }
        if (lowest == null) {
            return source.createTailToken();
        }
        log.info("The read models start where the former processors {} had both got to: position {}",
                formerProcessors, lowest.getIndex());
        return lowest;
    }
}

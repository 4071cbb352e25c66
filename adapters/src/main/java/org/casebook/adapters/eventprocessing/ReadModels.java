package org.casebook.adapters.eventprocessing;

import java.util.List;
import org.casebook.projections.caseload.CaseloadProjection;
import org.casebook.projections.reports.ReportFactsProjection;

/**
 * The read models and the one pooled streaming processor that feeds them all (ADR 0027). Each read model keeps its
 * own processing group, named as the read model, with its own dead-letter queue and poison-event policy; the groups
 * are assigned to {@value #PROCESSOR}, so that a batch of events is handled by both read models in one unit of work:
 * one transaction, one token update, one key prefetch. What waits for a read model's progress (reads of your own
 * writes, status, rebuilds) waits on that processor's tokens.
 */
public final class ReadModels {

    /** The processor's name: its rows in {@code token_entry} and its {@code axon.eventhandling.processors} entry. */
    public static final String PROCESSOR = "readmodels";

    /** Every read model, in the order the admin API lists them; each is a processing group of {@link #PROCESSOR}. */
    public static final List<String> NAMES = List.of(CaseloadProjection.NAME, ReportFactsProjection.NAME);

    private ReadModels() {
    }

    /** Whether {@code name} is a read model's name (not the processor's, nor anything else). */
    public static boolean isReadModel(String name) {
        return NAMES.contains(name);
    }

    /**
     * The processor that feeds the named read model; a name that is not a read model's is taken for a processor's
     * own name, so that callers that already hold a processor's name (the reconciler) may pass it as it is.
     */
    static String processorOf(String name) {
        return isReadModel(name) ? PROCESSOR : name;
    }

    /** The read models the processor feeds; none for a processor of anything else. */
    static List<String> of(String processor) {
        return PROCESSOR.equals(processor) ? NAMES : List.of();
    }
}

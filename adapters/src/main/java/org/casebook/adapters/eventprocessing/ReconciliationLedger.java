package org.casebook.adapters.eventprocessing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The latest {@link Reconciliation} of each read model, written by {@link ProjectionReconciler}. */
@Component
public class ReconciliationLedger {

    private final Map<String, Reconciliation> latest = new ConcurrentHashMap<>();

    public Reconciliation of(String projection) {
        return latest.getOrDefault(projection, Reconciliation.notYetRun());
    }

    void record(String projection, Reconciliation reconciliation) {
        latest.put(projection, reconciliation);
    }
}

package org.casebook.adapters.axon;

import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Lets a command endpoint use the case this node kept warm without asking the store first whether another node has
 * written to it since (ADR 0043): that question was a statement on nearly every command, and the answer is almost
 * always no. The store is asked instead where a stale case could have had a say, and a command that ran on one is
 * run again on the case as the store has it:
 *
 * <ul>
 *   <li>the append was refused by the store's unique (case, sequence) key: the case had moved on;</li>
 *   <li>the case refused the command (a rule, the caller's access, If-Match): refused by a case that had moved on,
 *       it may have been accepted;</li>
 *   <li>the command appended nothing: what it answered came from the entry alone.</li>
 * </ul>
 *
 * Everything a refused or stale run did is in the transaction that is rolled back with it: events, the idempotency
 * record, report and access records.
 */
@Component
public class WarmCases {

    private final CaseCache cache;

    WarmCases(CaseCache cache) {
        this.cache = cache;
    }

    /**
     * Runs {@code attempt} trusting the cases kept warm ({@code true}), and, if that run used a case the store had
     * moved past, once more without ({@code false}). Call it outside the command's transaction, so that the first
     * run's is rolled back before the second begins.
     */
    public <T> T attempt(Function<Boolean, T> attempt) {
        try {
            return attempt.apply(true);
        } catch (StaleWarmCase stale) {
            return attempt.apply(false);
        }
    }

    /**
     * Inside the command's transaction: sends the command trusting the warm case, and asks the store where the answer
     * may have come from a stale entry. {@code appended} says, after the command, whether it applied any event.
     */
    public <T> T trusting(String caseId, Supplier<T> command, BooleanSupplier appended) {
        try (CaseCache.Trust trust = cache.trust()) {
            T result;
            try {
                result = command.get();
            } catch (ConcurrencyException conflict) {
                // The store has just refused the append; in a transaction it has aborted, nothing more is asked.
                if (trust.servedFromMemory(caseId)) {
                    trust.forget(caseId);
                    throw new StaleWarmCase();
                }
                throw conflict;
            } catch (RuntimeException refused) {
                if (trust.servedFromMemory(caseId) && trust.storeMovedPast(caseId)) {
                    throw new StaleWarmCase();
                }
                throw refused;
            }
            if (trust.servedFromMemory(caseId) && !appended.getAsBoolean() && trust.storeMovedPast(caseId)) {
                throw new StaleWarmCase();
            }
            return result;
        }
    }

    /** The run used a case the store had moved past; whatever it did is rolled back with this exception. */
    static final class StaleWarmCase extends RuntimeException {
        StaleWarmCase() {
            super("the case kept warm was behind the store", null, false, false);
        }
    }
}

package org.casebook.projections.caseload;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The record-keeping consents of one case, as far as erasure is concerned: those still live and those withdrawn, with
 * the day each was withdrawn. Once none is live, the case is due for erasure [002 §4.2]. Sorted and keyed by consent
 * id, so that handling an event twice changes nothing and a rebuilt row equals the incremental one.
 */
public record RecordKeeping(SortedSet<String> live, SortedMap<String, LocalDate> withdrawn) {

    public RecordKeeping {
        live = new TreeSet<>(live == null ? new TreeSet<>() : live);
        withdrawn = new TreeMap<>(withdrawn == null ? Map.of() : withdrawn);
    }

    static RecordKeeping none() {
        return new RecordKeeping(null, null);
    }

    RecordKeeping given(String consentId) {
        SortedSet<String> more = new TreeSet<>(live);
        if (!withdrawn.containsKey(consentId)) {
            more.add(consentId);
        }
        return new RecordKeeping(more, withdrawn);
    }

    /** A withdrawal of a consent that is not a live record-keeping one (a sharing consent) changes nothing. */
    RecordKeeping withdrawn(String consentId, LocalDate withdrawnOn) {
        if (!live.contains(consentId)) {
            return this;
        }
        SortedSet<String> fewer = new TreeSet<>(live);
        fewer.remove(consentId);
        SortedMap<String, LocalDate> more = new TreeMap<>(withdrawn);
        more.put(consentId, withdrawnOn);
        return new RecordKeeping(fewer, more);
    }

    /** The day the last live record-keeping consent was withdrawn, while none has been given since. */
    Optional<LocalDate> allWithdrawnOn() {
        if (!live.isEmpty() || withdrawn.isEmpty()) {
            return Optional.empty();
        }
        return withdrawn.values().stream().max(LocalDate::compareTo);
    }
}

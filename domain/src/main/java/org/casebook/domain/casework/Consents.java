package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The consents given on a case and what each still covers. Personal data may be recorded only while record-keeping
 * consent stands [002 §4.2]; information may leave the service only under a consent for that recipient that was live
 * on the day it was shared [002 App. B 2, 13]. A withdrawal covers nothing after its date (contract).
 */
final class Consents {

    private record Entry(ConsentKind kind, Recipient recipient, LocalDate givenOn, LocalDate withdrawnOn) {

        boolean liveOn(LocalDate date) {
            return !givenOn.isAfter(date) && (withdrawnOn == null || !date.isAfter(withdrawnOn));
        }
    }

    private final Map<ConsentId, Entry> entries = new LinkedHashMap<>();

    void given(ConsentGiven event) {
        entries.put(event.consentId(), new Entry(event.kind(), event.recipient(), event.givenOn(), null));
    }

    void withdrawn(ConsentWithdrawn event) {
        entries.computeIfPresent(event.consentId(),
                (id, entry) -> new Entry(entry.kind(), entry.recipient(), entry.givenOn(), event.withdrawnOn()));
    }

    /** Withdrawal is recorded after the parent says so; from then on nothing new may be kept under the consent. */
    boolean recordKeepingStands() {
        return entries.values().stream()
                .anyMatch(entry -> entry.kind() == ConsentKind.RECORD_KEEPING && entry.withdrawnOn() == null);
    }

    /** Whether a record-keeping consent covered that day [002 §4.2]. */
    boolean recordKeepingLiveOn(LocalDate date) {
        return entries.values().stream()
                .anyMatch(entry -> entry.kind() == ConsentKind.RECORD_KEEPING && entry.liveOn(date));
    }

        Optional<ConsentId> sharingConsentFor(Recipient recipient, LocalDate sharedOn) {
        return entries.entrySet().stream()
                .filter(e -> e.getValue().kind() == ConsentKind.INFORMATION_SHARING)
                .filter(e -> e.getValue().recipient() == recipient && e.getValue().liveOn(sharedOn))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Checks that a withdrawal can be recorded, naming the rule it would break. */
    void checkWithdrawable(ConsentId consentId, LocalDate withdrawnOn) {
        Entry entry = entries.get(consentId);
        if (entry == null) {
            throw new CaseRecordNotFound("consent");
        }
        if (entry.withdrawnOn() != null) {
            throw new ConsentAlreadyWithdrawn("this consent was already withdrawn");
        }
        if (withdrawnOn.isBefore(entry.givenOn())) {
            throw new DateOutOfOrder("withdrawnOn is before the consent was given");
        }
    }
}

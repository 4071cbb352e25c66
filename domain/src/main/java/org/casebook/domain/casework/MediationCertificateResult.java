package org.casebook.domain.casework;

import java.time.LocalDate;

/** The answer to {@link RecordMediationCertificate}: the recomputed deadline and whether the certificate moved it. */
public record MediationCertificateResult(long version, LocalDate appealDeadline, LocalDate previousAppealDeadline,
                                         boolean certificateNeeded) implements VersionedResult {

    public boolean deadlineMoved() {
        return !appealDeadline.equals(previousAppealDeadline);
    }
}

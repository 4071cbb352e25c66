package org.casebook.domain.casework;

/** The caller acted on a version of the case that is no longer current (HTTP If-Match). */
public class CaseVersionMismatch extends RuntimeException {

    private final long currentVersion;

    public CaseVersionMismatch(long expected, long current) {
        super("expected case version " + expected + " but it is " + current);
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

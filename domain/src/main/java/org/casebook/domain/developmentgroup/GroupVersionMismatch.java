package org.casebook.domain.developmentgroup;

/** The caller acted on a version of the group's record (If-Match) that is no longer the current one. */
public class GroupVersionMismatch extends RuntimeException {

    private final long expected;
    private final long actual;

    public GroupVersionMismatch(long expected, long actual) {
        super("the group's record is at version " + actual + ", not " + expected);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}

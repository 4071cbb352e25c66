package org.casebook.projections.reports;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A count as published to the Development Group. Any count from 1 to 4 is shown as "<5" so that no parent can be
 * recognised from a small number [002 §4.2, App. B 5, 19].
 */
public record Count(long value) {

    public static final String SUPPRESSED = "<5";

    public boolean suppressed() {
        return value >= 1 && value <= 4;
    }

    @JsonValue
    public Object shown() {
        return suppressed() ? SUPPRESSED : value;
    }

    @Override
    public String toString() {
        return String.valueOf(shown());
    }
}

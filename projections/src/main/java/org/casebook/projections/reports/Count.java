package org.casebook.projections.reports;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A count as published to the Development Group. Any count from 1 to 4 is shown as "<5" so that no parent can be
 * recognised from a small number [002 §4.2, App. B 5, 19]. A count hidden only so that a "<5" cannot be worked out
 * by subtraction from its total is shown as "[c]" (confidential).
 */
public record Count(long value, boolean hiddenWithSmallCount) {

    public static final String SUPPRESSED = "<5";
    public static final String CONFIDENTIAL = "[c]";

    public Count(long value) {
        this(value, false);
    }

    public boolean suppressed() {
        return value >= 1 && value <= 4;
    }

    @JsonValue
    public Object shown() {
        if (suppressed()) {
            return SUPPRESSED;
        }
        return hiddenWithSmallCount ? CONFIDENTIAL : value;
    }

    @Override
    public String toString() {
        return String.valueOf(shown());
    }
}

package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * When a parent is next due the 6-monthly evaluation form [002 §10]: six months after the first contact; once a form
 * has been sent, six months after the first contact that follows it, and nothing while there has been none.
 * Only level 2 casework is evaluated ("parents who receive individual casework support").
 *
 * <p>Contacts are kept as a set of dates because staff back-date them: a contact recorded today may have happened
 * before the last request was sent.
 */
public final class EvaluationSchedule {

    private static final int MONTHS_BETWEEN_EVALUATIONS = 6;

    private final NavigableSet<LocalDate> contacts = new TreeSet<>();
    private LocalDate lastRequestSentOn;

    public void contactOn(LocalDate date) {
        contacts.add(date);
    }

    public void requestSentOn(LocalDate date) {
        if (lastRequestSentOn == null || date.isAfter(lastRequestSentOn)) {
            lastRequestSentOn = date;
        }
    }

    public LocalDate dueOn(boolean levelTwo) {
        if (!levelTwo || contacts.isEmpty()) {
            return null;
        }
        LocalDate from = lastRequestSentOn == null ? contacts.first() : contacts.higher(lastRequestSentOn);
        return from == null ? null : from.plusMonths(MONTHS_BETWEEN_EVALUATIONS);
    }

    public NavigableSet<LocalDate> contacts() {
        return Collections.unmodifiableNavigableSet(contacts);
    }

    public LocalDate lastRequestSentOn() {
        return lastRequestSentOn;
    }
}

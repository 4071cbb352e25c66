package org.casebook.domain.developmentgroup;

import java.time.LocalDate;

/**
 * "Any member not attending, and not giving apologies in advance, for three consecutive meetings will be assumed to
 * wish no longer to be member" [002 §8.12]. A meeting counts towards the run only if it was held after the member
 * joined (strictly: joining on the day of a meeting they then miss does not start a run); attending or sending
 * apologies ends the run.
 */
final class Attendance {

    static final int MISSED_IN_A_ROW_TO_LAPSE = 3;

    private Attendance() {
    }

    static boolean counts(LocalDate heldOn, LocalDate joinedOn) {
        return heldOn.isAfter(joinedOn);
    }

    /** The length of a member's run of unexplained absences once this meeting is counted. */
    static int missedInARow(int before, boolean attendedOrApologised) {
        return attendedOrApologised ? 0 : before + 1;
    }

    static boolean lapses(int missedInARow) {
        return missedInARow >= MISSED_IN_A_ROW_TO_LAPSE;
    }
}

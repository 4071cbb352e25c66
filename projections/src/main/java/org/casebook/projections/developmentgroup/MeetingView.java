package org.casebook.projections.developmentgroup;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of the group: when it was held, who attended, who sent apologies, and who chaired (member ids). A
 * meeting recorded before meetings named their chair shows the standing chair as {@code chairedBy} if they attended,
 * and null otherwise.
 */
public record MeetingView(String meetingId, LocalDate heldOn, List<String> present, List<String> apologies,
                          String chairedBy) {
}

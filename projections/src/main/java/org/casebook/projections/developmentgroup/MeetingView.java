package org.casebook.projections.developmentgroup;

import java.time.LocalDate;
import java.util.List;

/** A meeting of the group: when it was held, who attended and who sent apologies (member ids). */
public record MeetingView(String meetingId, LocalDate heldOn, List<String> present, List<String> apologies) {
}

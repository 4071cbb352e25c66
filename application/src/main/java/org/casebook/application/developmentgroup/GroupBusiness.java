package org.casebook.application.developmentgroup;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebook.domain.developmentgroup.DecisionId;
import org.casebook.domain.developmentgroup.DecisionOutcome;
import org.casebook.domain.developmentgroup.GroupCommand;
import org.casebook.domain.developmentgroup.InvalidGroupCommand;
import org.casebook.domain.developmentgroup.MeetingId;
import org.casebook.domain.developmentgroup.RecordDecision;
import org.casebook.domain.developmentgroup.Vote;
import org.casebook.domain.shared.Actor;

/**
 * Records the Development Group's business (members, departures, meetings, decisions) as the service's staff take
 * its minutes [002 §8.15], synchronously, so that the caller learns at once whether the group's rules accept it.
 * Rule violations arrive as the domain's own exceptions (the command bus is local). Like {@code Casework} for cases.
 */
public class GroupBusiness {

    private final CommandGateway commandGateway;
    private final ReviewedReports reviewedReports;

    public GroupBusiness(CommandGateway commandGateway, ReviewedReports reviewedReports) {
        this.commandGateway = commandGateway;
        this.reviewedReports = reviewedReports;
    }

    /** Records a member, a departure or a meeting, and returns the version the group's record reached. */
    public long record(GroupCommand command) {
        Object version = commandGateway.sendAndWait(command);
        return ((Number) version).longValue();
    }

    /**
     * Records a decision taken at a meeting. When it names the report the group reviewed, that report's fingerprint
     * as generated now is stored with it; a reference that names no report is refused, because a decision must not
     * claim to rest on a report nobody can regenerate (ADR 9).
     */
    public DecisionResult decide(MeetingId meetingId, DecisionId decisionId, String motion, List<Vote> votes,
                                String reportRef, Actor actor, Long expectedVersion) {
        RecordDecision command = new RecordDecision(meetingId, decisionId, motion, votes, reportRef,
                fingerprint(reportRef), actor, expectedVersion);
        DecisionOutcome outcome = commandGateway.sendAndWait(command);
        return new DecisionResult(command, outcome);
    }

    private String fingerprint(String reportRef) {
        if (reportRef == null || reportRef.isBlank()) {
            return null;
        }
        try {
            return reviewedReports.sha256Of(reportRef)
                    .orElseThrow(() -> new InvalidGroupCommand("reportRef", "names no report that can be generated"));
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidGroupCommand("reportRef", "names no report that can be generated");
        }
    }
}

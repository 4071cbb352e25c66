package org.casebook.projections.caseload;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the due items of one case are computed from. Sets and maps keyed by date or id, so that handling an event
 * twice (a replay after a crash) changes nothing, and sorted, so that a rebuilt row equals the incremental one.
 * {@code mediationAdviceDue} holds, per decision still needing a mediation certificate, the day by which advice must
 * be sought (rows written before it existed read it as empty).
 */
public record CaseloadState(SortedSet<LocalDate> contacts, LocalDate lastRequestSentOn,
                            Map<String, LocalDate> appealDeadlines, Map<String, LocalDate> openComplaints,
                            Map<String, LocalDate> mediationAdviceDue) {

    public CaseloadState {
        contacts = new TreeSet<>(contacts == null ? new TreeSet<>() : contacts);
        appealDeadlines = new TreeMap<>(appealDeadlines == null ? Map.of() : appealDeadlines);
        openComplaints = new TreeMap<>(openComplaints == null ? Map.of() : openComplaints);
        mediationAdviceDue = new TreeMap<>(mediationAdviceDue == null ? Map.of() : mediationAdviceDue);
    }

    static CaseloadState firstContactOn(LocalDate date) {
        return new CaseloadState(new TreeSet<>(java.util.List.of(date)), null, Map.of(), Map.of(), Map.of());
    }

    CaseloadState withContact(LocalDate date) {
        SortedSet<LocalDate> more = new TreeSet<>(contacts);
        more.add(date);
        return new CaseloadState(more, lastRequestSentOn, appealDeadlines, openComplaints, mediationAdviceDue);
    }

    CaseloadState withRequestSent(LocalDate date) {
        LocalDate latest = lastRequestSentOn == null || date.isAfter(lastRequestSentOn) ? date : lastRequestSentOn;
        return new CaseloadState(contacts, latest, appealDeadlines, openComplaints, mediationAdviceDue);
    }

    CaseloadState withAppealDeadline(String decisionId, LocalDate dueOn) {
        Map<String, LocalDate> more = new TreeMap<>(appealDeadlines);
        more.put(decisionId, dueOn);
        return new CaseloadState(contacts, lastRequestSentOn, more, openComplaints, mediationAdviceDue);
    }

    /** Advice about mediation is due by {@code dueOn} until the decision's certificate is recorded. */
    CaseloadState withMediationAdviceDue(String decisionId, LocalDate dueOn) {
        Map<String, LocalDate> more = new TreeMap<>(mediationAdviceDue);
        more.put(decisionId, dueOn);
        return new CaseloadState(contacts, lastRequestSentOn, appealDeadlines, openComplaints, more);
    }

    /** The certificate was recorded: the deadline is the recomputed one, and no advice is due any more. */
    CaseloadState withMediationCertificate(String decisionId, LocalDate appealDeadline) {
        Map<String, LocalDate> deadlines = new TreeMap<>(appealDeadlines);
        deadlines.computeIfPresent(decisionId, (id, old) -> appealDeadline);
        Map<String, LocalDate> fewer = new TreeMap<>(mediationAdviceDue);
        fewer.remove(decisionId);
        return new CaseloadState(contacts, lastRequestSentOn, deadlines, openComplaints, fewer);
    }

    CaseloadState withComplaint(String complaintId, LocalDate responseDueOn) {
        Map<String, LocalDate> more = new TreeMap<>(openComplaints);
        more.put(complaintId, responseDueOn);
        return new CaseloadState(contacts, lastRequestSentOn, appealDeadlines, more, mediationAdviceDue);
    }

    CaseloadState withComplaintAnswered(String complaintId) {
        Map<String, LocalDate> fewer = new TreeMap<>(openComplaints);
        fewer.remove(complaintId);
        return new CaseloadState(contacts, lastRequestSentOn, appealDeadlines, fewer, mediationAdviceDue);
    }
}

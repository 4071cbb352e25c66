package org.casebook.projections.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The impartiality audit for managers and auditors [002 §6, App. A "Structures and organisational arrangements to
 * evidence impartiality"]. Internal: case ids are listed so that each item can be followed up; parents' personal data
 * is not. {@code perWorker} is filled for managers only.
 */
public record ImpartialityAudit(
        ReportPeriod period,
        Evaluations evaluations,
        Concerns impartialityConcerns,
        Sharing informationSharing,
        List<UnconfirmedViews> viewsConveyedNotConfirmed,
        List<WorkerFigures> perWorker) {

    public record Evaluations(long requestsSent, long returned, Map<String, Long> impartial,
                              Map<String, Long> usefulness) {
    }

    public record Concerns(long raised, long answeredWithin10WorkingDays, List<Concern> items) {
    }

    /** A concern counts as answered only by signposting to ACE, IPSEA or Network 81 within 10 working days [002 §4.4]. */
    public record Concern(String caseId, String concernId, LocalDate raisedOn, boolean answered,
                          LocalDate answeredOn, LocalDate answerDueBy) {
    }

    public record Sharing(long withConsent, long underSafeguarding, List<SafeguardingOverrideItem> overrides) {
    }

    public record SafeguardingOverrideItem(String caseId, String sharingId, LocalDate sharedOn, String recipient,
                                           String justification, String approvedBy, String recordedBy,
                                           String ground) {
    }

    /** Views conveyed for a parent at a meeting and not confirmed with them since [002 §4.6]. */
    public record UnconfirmedViews(String caseId, String meetingId, LocalDate heldOn, String meetingType) {
    }

    public record WorkerFigures(String worker, long evaluationsReturned, Map<String, Long> impartial,
                                long concernsRaised, long concernsAnswered, long safeguardingOverrides,
                                long viewsConveyedNotConfirmed) {
    }
}

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
        List<LateConfirmation> viewsConfirmedLate,
        List<WorkerFigures> perWorker) {

    public record Evaluations(long requestsSent, long returned, Map<String, Long> impartial,
                              Map<String, Long> usefulness) {
    }

    public record Concerns(long raised, long answeredWithin10WorkingDays, List<Concern> items) {
    }

    /**
     * A concern counts as answered only by signposting to ACE, IPSEA, Network 81 or a local organisation independent
     * of the LA within 10 working days [002 §4.4]. {@code source}: {@code PARENT}, or {@code EVALUATION} when an
     * evaluation form said the service was not impartial [002 App. D].
     */
    public record Concern(String caseId, String concernId, LocalDate raisedOn, String source, boolean answered,
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

    /**
     * Views conveyed for a parent at a meeting and confirmed with them more than 2 working days after it: the check
     * is to be made "immediately afterward" [002 App. A, key themes 5]. {@code confirmBy} is the last day on time.
     */
    public record LateConfirmation(String caseId, String meetingId, LocalDate heldOn, String meetingType,
                                   LocalDate confirmBy, LocalDate confirmedOn) {
    }

    public record WorkerFigures(String worker, long evaluationsReturned, Map<String, Long> impartial,
                                long concernsRaised, long concernsAnswered, long safeguardingOverrides,
                                long viewsConveyedNotConfirmed) {
    }
}

package org.casebook.projections.reports;

/** The kinds of countable things the reports read, one constant per row kind in {@code report_fact}. */
public enum Fact {
    ENQUIRY,
    ENQUIRY_TOPIC,
    CASEWORK_OPENED,
    SIGNPOSTING,
    MEETING,
    VIEWS_CONVEYED_UNCONFIRMED,
    VIEWS_CONFIRMED,
    MEDIATION_REFERRAL,
    MEDIATION_OUTCOME,
    APPEALABLE_DECISION,
    EVALUATION_REQUEST,
    EVALUATION,
    EVALUATION_WENT_WELL,
    IMPARTIALITY_CONCERN,
    /** Where an impartiality concern came from (PARENT, EVALUATION); absent for concerns stored before it existed. */
    IMPARTIALITY_CONCERN_SOURCE,
    INFORMATION_SHARED,
    COMPLAINT,
    COMPLAINT_ANSWERED,
    CASE_CLOSED
}

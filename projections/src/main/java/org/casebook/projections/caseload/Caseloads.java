package org.casebook.projections.caseload;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebook.domain.casework.EvaluationSchedule;
import org.casebook.projections.Json;
import org.casebook.projections.caseload.DueItem.DueKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answers caseload queries from {@code caseload_case}; due items are judged against the day asked about. An erased
 * case leaves the caseload: nothing more can be recorded on it.
 */
public class Caseloads {

    /** How long after record-keeping consent is withdrawn a case is kept before erasure, unless set otherwise. */
    public static final Period DEFAULT_AFTER_WITHDRAWAL = Period.ofDays(30);

    private final JdbcTemplate jdbc;
    private final Period afterWithdrawal;

    public Caseloads(JdbcTemplate jdbc) {
        this(jdbc, DEFAULT_AFTER_WITHDRAWAL);
    }

    /** @param afterWithdrawal {@code casebook.retention.after-withdrawal}: erasure falls due this long after it */
    public Caseloads(JdbcTemplate jdbc, Period afterWithdrawal) {
        this.jdbc = jdbc;
        this.afterWithdrawal = afterWithdrawal;
    }

    public Period afterWithdrawal() {
        return afterWithdrawal;
    }

    /**
     * The worker's open cases, and their closed cases on which follow-up is still due: an evaluation or a complaint
     * response [002 §10]. A closed case shows only those items. Its appeal deadlines are the parent's to act on and
     * nothing about them can be recorded until the case is reopened, so they neither keep it listed nor show.
     */
    public List<CaseloadEntry> openCasesOf(String worker, LocalDate asOf) {
        List<CaseloadEntry> entries = new ArrayList<>();
        jdbc.query("""
                        SELECT case_id, status, level, opened_on, last_contact_on, due_items,
                            CASE WHEN due_items IS NULL THEN state END AS state, record_keeping_withdrawn_on
                        FROM caseload_case
                        WHERE supporter = ? AND erased = FALSE AND (status = 'OPEN' OR follow_up_due = TRUE)""",
                rs -> {
                    String status = rs.getString("status");
                    int level = rs.getInt("level");
                    String due = rs.getString("due_items");
                    // A row not written since due_items came (V15_4) has none yet: they are worked out as before.
                    List<DueItem> dueItems = due != null ? DueColumn.read(due, asOf)
                            : dueItems(level, Json.read(rs.getString("state"), CaseloadState.class), asOf);
                    List<DueItem> items = withErasureDue(dueItems,
                            rs.getObject("record_keeping_withdrawn_on", LocalDate.class), asOf);
                    if (CLOSED.equals(status)) {
                        items.removeIf(item -> !FOLLOW_UP.contains(item.kind()));
                        if (items.isEmpty()) {
                            return;
                        }
                    }
                    entries.add(new CaseloadEntry(rs.getString("case_id"), status, level,
                            rs.getObject("opened_on", LocalDate.class),
                            rs.getObject("last_contact_on", LocalDate.class), items));
                },
                worker);
        entries.sort(OLDEST_FIRST);
        return entries;
    }

    /**
     * Oldest first, then by case id in code-point order (PostgreSQL's collation "C" for the column). Sorted here, not
     * by the query: PostgreSQL's sort was a quarter of the query's time at the benchmark's caseloads of 700 cases, the
     * query is the database's largest cost in the mixed workload, and sorting the entries here costs a fraction of it
     * (issue 12, 2026-12-06).
     */
    static final Comparator<CaseloadEntry> OLDEST_FIRST = Comparator.comparing(CaseloadEntry::openedOn)
            .thenComparing(CaseloadEntry::caseId);

    private static final String CLOSED = "CLOSED";

    /** What a closed case still has to be followed up for (contract, "Closed cases"). */
    static final Set<DueKind> FOLLOW_UP = EnumSet.of(DueKind.EVALUATION_DUE, DueKind.COMPLAINT_RESPONSE_DUE);

    /** Whether follow-up is due on the case whatever the day: kept beside the row so the query can skip the rest. */
    static boolean hasFollowUpDue(int level, CaseloadState state) {
        return dueItems(level, state, LocalDate.MIN).stream().anyMatch(item -> FOLLOW_UP.contains(item.kind()));
    }

    /** Closed, not yet erased cases that closed before {@code closedBefore}, oldest first. */
    public List<ClosedCase> closedBefore(LocalDate closedBefore, int limit) {
        return jdbc.query("""
                        SELECT case_id, closed_on FROM caseload_case
                        WHERE status = 'CLOSED' AND erased = FALSE AND closed_on < ?
                        ORDER BY closed_on, case_id LIMIT ?""",
                (rs, row) -> new ClosedCase(rs.getString(1), rs.getObject(2, LocalDate.class)), closedBefore, limit);
    }

    /**
     * Cases not yet erased on which no record-keeping consent is live, by the day it was withdrawn, oldest first: each
     * is due for erasure {@link #afterWithdrawal()} later [002 §4.2].
     */
    public List<WithdrawnConsentCase> withdrawnConsent(int limit) {
        return jdbc.query("""
                        SELECT case_id, record_keeping_withdrawn_on, closed_on FROM caseload_case
                        WHERE record_keeping_withdrawn_on IS NOT NULL AND erased = FALSE
                        ORDER BY record_keeping_withdrawn_on, case_id LIMIT ?""",
                (rs, row) -> new WithdrawnConsentCase(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)), limit);
    }

    /** Adds {@code ERASURE_DUE} when no record-keeping consent is live, keeping the items in date order. */
    List<DueItem> withErasureDue(List<DueItem> items, LocalDate withdrawnOn, LocalDate asOf) {
        if (withdrawnOn == null) {
            return items;
        }
        List<DueItem> more = new ArrayList<>(items);
        more.add(item(DueKind.ERASURE_DUE, withdrawnOn.plus(afterWithdrawal), asOf));
        more.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::kind));
        return more;
    }

    /**
     * What is due on a case. Caseload rows keep the result when written ({@link DueColumn}): a change to how it is
     * worked out ships with a migration that sets {@code due_items} to NULL, so that reads work it out again until
     * each row is rewritten (ADR 0036).
     */
    static List<DueItem> dueItems(int level, CaseloadState state, LocalDate asOf) {
        List<DueItem> items = new ArrayList<>();
        EvaluationSchedule schedule = new EvaluationSchedule();
        state.contacts().forEach(schedule::contactOn);
        if (state.lastRequestSentOn() != null) {
            schedule.requestSentOn(state.lastRequestSentOn());
        }
        LocalDate evaluationDue = schedule.dueOn(level == 2);
        if (evaluationDue != null) {
            items.add(item(DueKind.EVALUATION_DUE, evaluationDue, asOf));
        }
        state.appealDeadlines().values().forEach(due -> items.add(item(DueKind.APPEAL_DEADLINE, due, asOf)));
        state.mediationAdviceDue().values()
                .forEach(due -> items.add(item(DueKind.MEDIATION_ADVICE_DUE, due, asOf)));
        state.openComplaints().values().forEach(due -> items.add(item(DueKind.COMPLAINT_RESPONSE_DUE, due, asOf)));
        items.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::kind));
        return items;
    }

    private static DueItem item(DueKind kind, LocalDate dueOn, LocalDate asOf) {
        return new DueItem(kind, dueOn, dueOn.isBefore(asOf));
    }
}

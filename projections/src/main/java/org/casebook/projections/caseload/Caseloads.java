package org.casebook.projections.caseload;

import java.time.LocalDate;
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

    private final JdbcTemplate jdbc;

    public Caseloads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The worker's open cases, and their closed cases on which follow-up is still due: an evaluation or a complaint
     * response [002 §10]. A closed case shows only those items. Its appeal deadlines are the parent's to act on and
     * nothing about them can be recorded until the case is reopened, so they neither keep it listed nor show.
     */
    public List<CaseloadEntry> openCasesOf(String worker, LocalDate asOf) {
        List<CaseloadEntry> entries = new ArrayList<>();
        jdbc.query("""
                        SELECT case_id, status, level, opened_on, last_contact_on, state FROM caseload_case
                        WHERE supporter = ? AND erased = FALSE AND (status = 'OPEN' OR follow_up_due = TRUE)
                        ORDER BY opened_on, case_id""",
                rs -> {
                    String status = rs.getString("status");
                    int level = rs.getInt("level");
                    CaseloadState state = Json.read(rs.getString("state"), CaseloadState.class);
                    List<DueItem> items = dueItems(level, state, asOf);
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
        return entries;
    }

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
        state.openComplaints().values().forEach(due -> items.add(item(DueKind.COMPLAINT_RESPONSE_DUE, due, asOf)));
        items.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::kind));
        return items;
    }

    private static DueItem item(DueKind kind, LocalDate dueOn, LocalDate asOf) {
        return new DueItem(kind, dueOn, dueOn.isBefore(asOf));
    }
}

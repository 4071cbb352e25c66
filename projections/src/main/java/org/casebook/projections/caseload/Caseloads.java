package org.casebook.projections.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    public List<CaseloadEntry> openCasesOf(String worker, LocalDate asOf) {
        return jdbc.query("""
                        SELECT case_id, level, opened_on, last_contact_on, state FROM caseload_case
                        WHERE supporter = ? AND status = 'OPEN' AND erased = FALSE ORDER BY opened_on, case_id""",
                (rs, row) -> {
                    int level = rs.getInt("level");
                    CaseloadState state = Json.read(rs.getString("state"), CaseloadState.class);
                    return new CaseloadEntry(rs.getString("case_id"), level,
                            rs.getObject("opened_on", LocalDate.class),
                            rs.getObject("last_contact_on", LocalDate.class), dueItems(level, state, asOf));
                },
                worker);
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

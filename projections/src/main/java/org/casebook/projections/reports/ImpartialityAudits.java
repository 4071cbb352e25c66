package org.casebook.projections.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.casebook.domain.calendar.WorkingDays;
import org.casebook.domain.casework.ImpartialityRating;
import org.casebook.domain.casework.Organisation;
import org.casebook.domain.casework.Usefulness;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the impartiality audit for a period from {@code report_fact} and {@code report_safeguarding_override}. */
public class ImpartialityAudits {

    /** Time allowed to answer an impartiality concern with independent signposting. */
    static final int WORKING_DAYS_TO_ANSWER_A_CONCERN = 10;

    /** Conveyed views are checked with the parent "immediately afterward" [002 App. A, key themes 5]. */
    static final int WORKING_DAYS_TO_CONFIRM_CONVEYED_VIEWS = 2;

    /** The organisations whose signposting answers a concern, as SQL literals (enum names, never user input). */
    private static final String INDEPENDENT_ORGANISATIONS = Arrays.stream(Organisation.values())
            .filter(Organisation::independentOfTheLocalAuthority)
            .map(organisation -> "'" + organisation.name() + "'")
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;
    private final FactCounts facts;

    public ImpartialityAudits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.facts = new FactCounts(jdbc);
    }

    public ImpartialityAudit generate(ReportPeriod period, boolean withPerWorkerFigures) {
        Map<String, Long> impartial = facts.byValue(Fact.EVALUATION, "impartial", period, ImpartialityRating.class);
        List<ConcernRow> concerns = concerns(period);
        List<ImpartialityAudit.Concern> concernItems = concerns.stream().map(ConcernRow::item).toList();
        List<UnconfirmedRow> unconfirmed = unconfirmedViews(period);
        List<ImpartialityAudit.SafeguardingOverrideItem> overrides = overrides(period);
        return new ImpartialityAudit(period,
                new ImpartialityAudit.Evaluations(facts.count(Fact.EVALUATION_REQUEST, "sent", period),
                        FactCounts.total(impartial), impartial,
                        facts.byValue(Fact.EVALUATION, "usefulness", period, Usefulness.class)),
                new ImpartialityAudit.Concerns(concernItems.size(),
                        concernItems.stream().filter(ImpartialityAudit.Concern::answered).count(), concernItems),
                new ImpartialityAudit.Sharing(sharedOn("CONSENT", period), sharedOn("SAFEGUARDING", period), overrides),
                unconfirmed.stream().map(UnconfirmedRow::item).toList(),
                confirmedLate(period),
                withPerWorkerFigures ? perWorker(period, concerns, unconfirmed, overrides) : null);
    }

    private List<ConcernRow> concerns(ReportPeriod period) {
        List<ConcernRow> rows = jdbc.query("""
                        SELECT f.case_id, f.ref, f.occurred_on, f.worker, COALESCE(s.val, 'PARENT') FROM report_fact f
                        LEFT JOIN report_fact s ON s.event_id = f.event_id AND s.fact = 'IMPARTIALITY_CONCERN_SOURCE'
                        WHERE f.fact = 'IMPARTIALITY_CONCERN' AND f.occurred_on BETWEEN ? AND ?
                        ORDER BY f.occurred_on, f.case_id, f.ref""",
                (rs, row) -> new ConcernRow(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), null),
                period.from(), period.to());
        return rows.stream().map(this::answered).toList();
    }

    /**
     * The first signposting to an organisation independent of the LA (ACE, IPSEA, Network 81, a local one) on or after
     * the concern and within 10 working days.
     */
    private ConcernRow answered(ConcernRow concern) {
        LocalDate dueBy = WorkingDays.addWorkingDays(concern.raisedOn(), WORKING_DAYS_TO_ANSWER_A_CONCERN);
        LocalDate answeredOn = jdbc.query("""
                        SELECT min(occurred_on) FROM report_fact
                        WHERE case_id = ? AND fact = 'SIGNPOSTING' AND val IN (%s)
                          AND occurred_on BETWEEN ? AND ?""".formatted(INDEPENDENT_ORGANISATIONS),
                (rs, row) -> rs.getObject(1, LocalDate.class), concern.caseId(), concern.raisedOn(), dueBy)
                .stream().filter(date -> date != null).findFirst().orElse(null);
        return new ConcernRow(concern.caseId(), concern.concernId(), concern.raisedOn(), concern.worker(),
                concern.source(), answeredOn);
    }

    private List<UnconfirmedRow> unconfirmedViews(ReportPeriod period) {
        return jdbc.query("""
                        SELECT f.case_id, f.ref, f.occurred_on, f.val, f.worker FROM report_fact f
                        WHERE f.fact = 'VIEWS_CONVEYED_UNCONFIRMED' AND f.occurred_on BETWEEN ? AND ?
                          AND NOT EXISTS (SELECT 1 FROM report_fact c
                                          WHERE c.case_id = f.case_id AND c.fact = 'VIEWS_CONFIRMED' AND c.ref = f.ref)
                        ORDER BY f.occurred_on, f.case_id, f.ref""",
                (rs, row) -> new UnconfirmedRow(new ImpartialityAudit.UnconfirmedViews(rs.getString(1),
                        rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)), rs.getString(5)),
                period.from(), period.to());
    }

    /**
     * Meetings held in the period at which views were conveyed for the parent and not confirmed there, whose first
     * confirmation came more than 2 working days after the meeting (England and Wales working days).
     */
    private List<ImpartialityAudit.LateConfirmation> confirmedLate(ReportPeriod period) {
        return jdbc.query("""
                        SELECT f.case_id, f.ref, f.occurred_on, f.val, min(c.occurred_on) FROM report_fact f
                        JOIN report_fact c ON c.case_id = f.case_id AND c.fact = 'VIEWS_CONFIRMED' AND c.ref = f.ref
                        WHERE f.fact = 'VIEWS_CONVEYED_UNCONFIRMED' AND f.occurred_on BETWEEN ? AND ?
                        GROUP BY f.case_id, f.ref, f.occurred_on, f.val
                        ORDER BY f.occurred_on, f.case_id, f.ref""",
                        (rs, row) -> {
                            LocalDate heldOn = rs.getObject(3, LocalDate.class);
                            return new ImpartialityAudit.LateConfirmation(rs.getString(1), rs.getString(2), heldOn,
                                    rs.getString(4),
                                    WorkingDays.addWorkingDays(heldOn, WORKING_DAYS_TO_CONFIRM_CONVEYED_VIEWS),
                                    rs.getObject(5, LocalDate.class));
                        }, period.from(), period.to()).stream()
                .filter(late -> late.confirmedOn().isAfter(late.confirmBy()))
                .toList();
    }

    private List<ImpartialityAudit.SafeguardingOverrideItem> overrides(ReportPeriod period) {
        return jdbc.query("""
                        SELECT case_id, sharing_id, shared_on, recipient, justification, approved_by, recorded_by,
                            ground
                        FROM report_safeguarding_override WHERE shared_on BETWEEN ? AND ?
                        ORDER BY shared_on, case_id, sharing_id""",
                (rs, row) -> new ImpartialityAudit.SafeguardingOverrideItem(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8)),
                period.from(), period.to());
    }

    private long sharedOn(String basis, ReportPeriod period) {
        Long count = jdbc.queryForObject("""
                        SELECT count(*) FROM report_fact WHERE fact = 'INFORMATION_SHARED' AND dimension = 'basis'
                          AND val = ? AND occurred_on BETWEEN ? AND ?""",
                Long.class, basis, period.from(), period.to());
        return count == null ? 0 : count;
    }

    private List<ImpartialityAudit.WorkerFigures> perWorker(ReportPeriod period, List<ConcernRow> concerns,
                                                            List<UnconfirmedRow> unconfirmed,
                                                            List<ImpartialityAudit.SafeguardingOverrideItem> overrides) {
        Map<String, Map<String, Long>> impartialByWorker = new TreeMap<>();
        jdbc.query("""
                        SELECT worker, val, count(*) FROM report_fact
                        WHERE fact = 'EVALUATION' AND dimension = 'impartial' AND occurred_on BETWEEN ? AND ?
                        GROUP BY worker, val""",
                rs -> {
                    impartialByWorker.computeIfAbsent(rs.getString(1), worker -> emptyRatings())
                            .put(rs.getString(2), rs.getLong(3));
                }, period.from(), period.to());
        Map<String, Long> sharingWorkers = new TreeMap<>();
        jdbc.query("""
                        SELECT worker, count(*) FROM report_fact WHERE fact = 'INFORMATION_SHARED'
                          AND dimension = 'basis' AND val = 'SAFEGUARDING' AND occurred_on BETWEEN ? AND ?
                        GROUP BY worker""",
                rs -> {
                    sharingWorkers.put(rs.getString(1), rs.getLong(2));
                }, period.from(), period.to());
        TreeMap<String, Boolean> workers = new TreeMap<>();
        impartialByWorker.keySet().forEach(w -> workers.put(w, true));
        sharingWorkers.keySet().forEach(w -> workers.put(w, true));
        concerns.forEach(c -> workers.put(c.worker(), true));
        unconfirmed.forEach(u -> workers.put(u.worker(), true));
        List<ImpartialityAudit.WorkerFigures> figures = new ArrayList<>();
        for (String worker : workers.keySet()) {
            Map<String, Long> ratings = impartialByWorker.getOrDefault(worker, emptyRatings());
            figures.add(new ImpartialityAudit.WorkerFigures(worker, FactCounts.total(ratings), ratings,
                    concerns.stream().filter(c -> worker.equals(c.worker())).count(),
                    concerns.stream().filter(c -> worker.equals(c.worker()) && c.answeredOn() != null).count(),
                    sharingWorkers.getOrDefault(worker, 0L),
                    unconfirmed.stream().filter(u -> worker.equals(u.worker())).count()));
        }
        figures.sort(Comparator.comparing(ImpartialityAudit.WorkerFigures::worker));
        return figures;
    }

    private static Map<String, Long> emptyRatings() {
        Map<String, Long> ratings = new LinkedHashMap<>();
        for (ImpartialityRating rating : ImpartialityRating.values()) {
            ratings.put(rating.name(), 0L);
        }
        return ratings;
    }

    private record ConcernRow(String caseId, String concernId, LocalDate raisedOn, String worker, String source,
                              LocalDate answeredOn) {

        ImpartialityAudit.Concern item() {
            return new ImpartialityAudit.Concern(caseId, concernId, raisedOn, source, answeredOn != null, answeredOn,
                    WorkingDays.addWorkingDays(raisedOn, WORKING_DAYS_TO_ANSWER_A_CONCERN));
        }
    }

    private record UnconfirmedRow(ImpartialityAudit.UnconfirmedViews item, String worker) {
    }
}

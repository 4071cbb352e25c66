package org.casebook.projections.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Counting queries over {@code report_fact}, always within a period and never returning a case id. */
class FactCounts {

    private final JdbcTemplate jdbc;

    FactCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(Fact fact, String dimension, ReportPeriod period) {
        Long count = jdbc.queryForObject("""
                        SELECT count(*) FROM report_fact
                        WHERE fact = ? AND dimension = ? AND occurred_on BETWEEN ? AND ?""",
                Long.class, fact.name(), dimension, period.from(), period.to());
        return count == null ? 0 : count;
    }

    /** Counts by value, with every expected value present (zero if none) in the order given. */
    <E extends Enum<E>> Map<String, Long> byValue(Fact fact, String dimension, ReportPeriod period, Class<E> values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (E value : values.getEnumConstants()) {
            counts.put(value.name(), 0L);
        }
        jdbc.query("""
                        SELECT val, count(*) FROM report_fact
                        WHERE fact = ? AND dimension = ? AND occurred_on BETWEEN ? AND ? GROUP BY val""",
                rs -> {
                    counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }, fact.name(), dimension, period.from(), period.to());
        return counts;
    }

    /** Enquiries in the period by the level their case has reached. */
    Map<String, Long> enquiriesByLevel(ReportPeriod period) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("1", 0L);
        counts.put("2", 0L);
        jdbc.query("""
                        SELECT c.level, count(*) FROM report_fact f JOIN report_case c ON c.case_id = f.case_id
                        WHERE f.fact = 'ENQUIRY' AND f.dimension = 'channel' AND f.occurred_on BETWEEN ? AND ?
                        GROUP BY c.level""",
                rs -> {
                    counts.put(Integer.toString(rs.getInt(1)), rs.getLong(2));
                }, period.from(), period.to());
        return counts;
    }

    /** Information shared on one basis (CONSENT or SAFEGUARDING) in the period, by recipient. */
    <E extends Enum<E>> Map<String, Long> sharedByRecipient(String basis, ReportPeriod period, Class<E> recipients) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (E value : recipients.getEnumConstants()) {
            counts.put(value.name(), 0L);
        }
        // Each sharing has one basis and one recipient fact, from the same event.
        jdbc.query("""
                        SELECT r.val, count(*) FROM report_fact b
                        JOIN report_fact r ON r.event_id = b.event_id AND r.fact = 'INFORMATION_SHARED'
                          AND r.dimension = 'recipient'
                        WHERE b.fact = 'INFORMATION_SHARED' AND b.dimension = 'basis' AND b.val = ?
                          AND b.occurred_on BETWEEN ? AND ?
                        GROUP BY r.val""",
                rs -> {
                    counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }, basis, period.from(), period.to());
        return counts;
    }

    /**
     * Complaint responses sent in the period, split by whether each was sent by the complaint's due date (5 working
     * days [002 §10], as recorded with the complaint): {@code ON_TIME} and {@code LATE}.
     */
    Map<String, Long> complaintResponsesByTimeliness(ReportPeriod period) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("ON_TIME", 0L);
        counts.put("LATE", 0L);
        jdbc.query("""
                        SELECT a.occurred_on, d.val FROM report_fact a
                        JOIN report_fact d ON d.case_id = a.case_id AND d.fact = 'COMPLAINT' AND d.dimension = 'dueOn'
                          AND d.ref = a.ref
                        WHERE a.fact = 'COMPLAINT_ANSWERED' AND a.dimension = 'escalated'
                          AND a.occurred_on BETWEEN ? AND ?""",
                rs -> {
                    java.time.LocalDate respondedOn = rs.getDate(1).toLocalDate();
                    java.time.LocalDate dueOn = java.time.LocalDate.parse(rs.getString(2));
                    counts.merge(respondedOn.isAfter(dueOn) ? "LATE" : "ON_TIME", 1L, Long::sum);
                }, period.from(), period.to());
        return counts;
    }

    /** Two counts by value added together, e.g. first enquiries and further contacts by channel. */
    static Map<String, Long> sum(Map<String, Long> one, Map<String, Long> other) {
        Map<String, Long> sum = new LinkedHashMap<>(one);
        other.forEach((key, value) -> sum.merge(key, value, Long::sum));
        return sum;
    }

    static Map<String, Count> shown(Map<String, Long> counts) {
        Map<String, Count> shown = new LinkedHashMap<>();
        counts.forEach((key, value) -> shown.put(key, new Count(value)));
        return shown;
    }

    static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    List<String> values(Fact fact, String dimension, ReportPeriod period) {
        return jdbc.queryForList("""
                        SELECT val FROM report_fact WHERE fact = ? AND dimension = ? AND occurred_on BETWEEN ? AND ?""",
                String.class, fact.name(), dimension, period.from(), period.to());
    }
}

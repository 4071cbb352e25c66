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

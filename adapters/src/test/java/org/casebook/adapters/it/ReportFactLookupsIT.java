package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V15_5 (ADR 0039) keeps {@code report_fact}'s per-case index to the three kinds of fact the reports look up by case.
 * If one of them stopped matching the index's predicate, it would read every fact of its kind for each concern,
 * meeting or complaint in a period. V15_6 keys the index the reports count by on (fact, dimension, day, value) only,
 * carrying the ids the counts join on, so that it still answers them alone.
 */
class ReportFactLookupsIT extends PostgresIntegrationTest {

    @Test
    void theCaseIndexHoldsOnlyTheFactsLookedUpByCase() {
        List<String> definitions = OwnSchema.column(SCHEMA, "SELECT indexname || ' ' || indexdef FROM pg_indexes"
                + " WHERE schemaname = current_schema() AND tablename = 'report_fact'");

        assertThat(definitions).noneMatch(index -> index.startsWith("ix_report_fact_case "));
        assertThat(definitions).filteredOn(index -> index.startsWith("ix_report_fact_case_lookup "))
                .singleElement().satisfies(index -> assertThat(index)
                        .contains("(case_id, fact)", "'SIGNPOSTING'", "'VIEWS_CONFIRMED'", "'COMPLAINT'")
                        .doesNotContain("'ENQUIRY'", "'CONTACT'", "'MEETING'"));
    }

    /**
     * Each lookup the reports make of one case's facts of these kinds ({@code case_id = ? AND fact = 'SIGNPOSTING'} in
     * ImpartialityAudits, the correlated {@code c.case_id = f.case_id AND c.fact = 'VIEWS_CONFIRMED'}, the join on
     * {@code d.case_id = a.case_id AND d.fact = 'COMPLAINT'} in FactCounts) can be answered from the index. How a whole
     * query is planned depends on the table's statistics; that the per-case step has this index does not.
     */
    @ParameterizedTest
    @ValueSource(strings = {"SIGNPOSTING", "VIEWS_CONFIRMED", "COMPLAINT"})
    void eachPerCaseLookupUsesIt(String fact) {
        String plan = sql(connection -> explain(connection,
                "SELECT occurred_on, val, ref FROM report_fact WHERE case_id = 'c' AND fact = '" + fact + "'"));

        assertThat(plan).contains("ix_report_fact_case_lookup");
    }

    @Test
    void theCountingIndexIsKeyedByDayAndValueAndCarriesTheIdsTheCountsJoinOn() {
        List<String> definitions = OwnSchema.column(SCHEMA, "SELECT indexname || ' ' || indexdef FROM pg_indexes"
                + " WHERE schemaname = current_schema() AND tablename = 'report_fact'");

        assertThat(definitions).filteredOn(index -> index.startsWith("ix_report_fact_dimension "))
                .singleElement().satisfies(index -> assertThat(index)
                        .endsWith("(fact, dimension, occurred_on, val) INCLUDE (event_id, case_id)"));
    }

    /**
     * The Development Group report's counts (FactCounts, DevelopmentGroupReports): by value, of ids to join two
     * dimensions of one event, of cases to join their level. Each reads the index alone, never the table.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT val, count(*) FROM report_fact WHERE fact = 'ENQUIRY' AND dimension = 'channel'"
                    + " AND occurred_on BETWEEN '2024-09-01' AND '2025-08-31' GROUP BY val",
            "SELECT event_id FROM report_fact WHERE fact = 'ENQUIRY' AND dimension = 'channel'"
                    + " AND occurred_on BETWEEN '2024-09-01' AND '2025-08-31' AND val IN ('PHONE', 'FACE_TO_FACE')",
            "SELECT case_id FROM report_fact WHERE fact = 'ENQUIRY' AND dimension = 'channel'"
                    + " AND occurred_on BETWEEN '2024-09-01' AND '2025-08-31'"})
    void theReportsCountsReadTheCountingIndexAlone(String count) {
        String plan = sql(connection -> {
            connection.createStatement().execute("SET enable_bitmapscan = off");
            return explain(connection, count);
        });

        assertThat(plan).contains("Index Only Scan using ix_report_fact_dimension");
    }

    private static String explain(Connection connection, String query) throws SQLException {
        // An empty table is read whole more cheaply than through any index; the question is which index serves.
        connection.createStatement().execute("SET enable_seqscan = off");
        StringBuilder plan = new StringBuilder();
        var rows = connection.createStatement().executeQuery("EXPLAIN " + query);
        while (rows.next()) {
            plan.append(rows.getString(1)).append('\n');
        }
        return plan.toString();
    }
}

package org.casebook.projections.reports;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.projections.CaseRows;
import org.casebook.projections.ProjectionBatch;
import org.casebook.projections.ReadModelTables;
import org.casebook.projections.ShadowFill;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one batch of events adds to the report tables: facts to insert, the level and supporter of the cases it
 * touches (read once, written once), safeguarding overrides, and erasures, written in that order. In a bulk rebuild
 * (a {@link ShadowFill}) the case rows stay in memory across batches, and facts and overrides are appended.
 */
final class ReportBatch implements ProjectionBatch {

    private static final List<String> CASE_COLUMNS = List.of("case_id", "level", "supporter", "record_keeping");
    private static final List<String> FACT_COLUMNS = List.of("event_id", "ordinal", "case_id", "occurred_on", "fact",
            "dimension", "val", "ref", "worker");
    private static final List<String> OVERRIDE_COLUMNS = List.of("sharing_id", "case_id", "shared_on", "recipient",
            "justification", "approved_by", "recorded_by", "ground");
    private static final String UPDATE_CASE = "UPDATE %s SET level = ?, supporter = ?, record_keeping = ?"
            + " WHERE case_id = ?";

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;
    private final ShadowFill fill;
    private final ShadowFill.HeldRows<CaseRow> held;
    private final CaseRows<CaseRow> rows;
    private final Map<String, CaseRow> changed = new LinkedHashMap<>();
    private final List<Object[]> facts = new ArrayList<>();
    private final List<Object[]> overrides = new ArrayList<>();
    private final List<Object[]> erasures = new ArrayList<>();

    ReportBatch(JdbcTemplate jdbc, ReadModelTables tables, Collection<String> caseIds, ShadowFill fill) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.fill = fill;
        String reportCase = tables.of("report_case");
        this.held = fill == null ? null : fill.held(reportCase, written -> writeWhole(jdbc, reportCase, fill, written));
        this.rows = new CaseRows<>(caseIds, this::read, held);
    }

    void enquiry(String caseId) {
        if (rows.find(caseId).isEmpty()) {
            CaseRow row = new CaseRow(caseId, true);
            rows.add(caseId, row);
            changed.put(caseId, row);
        }
    }

    void levelTwo(String caseId) {
        rows.find(caseId).ifPresent(row -> {
            row.level = 2;
            changed.put(caseId, row);
        });
    }

    void allocate(String caseId, String supporter) {
        rows.find(caseId).ifPresent(row -> {
            row.supporter = supporter;
            changed.put(caseId, row);
        });
    }

    void recordKeepingGiven(String caseId, String consentId, LocalDate givenOn) {
        rows.find(caseId).ifPresent(row -> {
            row.recordKeeping.put(consentId, givenOn);
            changed.put(caseId, row);
        });
    }

    void recordKeepingWithdrawn(String caseId, String consentId) {
        rows.find(caseId).ifPresent(row -> {
            if (row.recordKeeping.remove(consentId) != null) {
                changed.put(caseId, row);
            }
        });
    }

    /** The earliest day a record-keeping consent still standing on the case was given, if any. */
    Optional<LocalDate> recordKeepingSince(String caseId) {
        return rows.find(caseId).flatMap(row -> row.recordKeeping.values().stream().min(LocalDate::compareTo));
    }

    /** The supporter the case is allocated to as of the events handled so far in order, if any. */
    Optional<String> supporter(String caseId) {
        return rows.find(caseId).map(row -> row.supporter);
    }

    void fact(String eventId, int ordinal, String caseId, LocalDate on, Fact fact, String dimension, String value,
              String ref, String worker) {
        facts.add(new Object[] {eventId, ordinal, caseId, Date.valueOf(on), fact.name(), dimension, value, ref,
                worker});
    }

    void safeguardingOverride(Object... values) {
        overrides.add(values);
    }

    void erase(String caseId) {
        erasures.add(new Object[] {caseId});
    }

    @Override
    public void flush() {
        if (fill != null) {
            flushIntoFill();
            return;
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (CaseRow row : changed.values()) {
            if (row.isNew) {
                inserts.add(new Object[] {row.caseId, row.level, row.supporter, row.recordKeepingColumn()});
            } else {
                updates.add(new Object[] {row.level, row.supporter, row.recordKeepingColumn(), row.caseId});
            }
        }
        String reportCase = tables.of("report_case");
        String overrideTable = tables.of("report_safeguarding_override");
        batch("""
                INSERT INTO %s (case_id, level, supporter, record_keeping) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""".formatted(reportCase), inserts);
        batch(UPDATE_CASE.formatted(reportCase), updates);
        batch("""
                INSERT INTO %s (event_id, ordinal, case_id, occurred_on, fact, dimension, val, ref, worker)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""".formatted(tables.of("report_fact")),
                facts);
        batch("""
                INSERT INTO %s (sharing_id, case_id, shared_on, recipient,
                    justification, approved_by, recorded_by, ground) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""".formatted(overrideTable), overrides);
        batch("UPDATE %s SET justification = NULL WHERE case_id = ?".formatted(overrideTable), erasures);
        changed.clear();
        facts.clear();
        overrides.clear();
        erasures.clear();
    }

    /** Facts and the first override of each sharing are appended (a processor keeps the first too); then erasures. */
    private void flushIntoFill() {
        String overrideTable = tables.of("report_safeguarding_override");
        fill.append(tables.of("report_fact"), FACT_COLUMNS, facts);
        fill.append(overrideTable, OVERRIDE_COLUMNS,
                overrides.stream().filter(values -> fill.firstOf(overrideTable, (String) values[0])).toList());
        if (!erasures.isEmpty()) {
            fill.drain();
            batch("UPDATE %s SET justification = NULL WHERE case_id = ?".formatted(overrideTable), erasures);
        }
        changed.clear();
        facts.clear();
        overrides.clear();
        erasures.clear();
        held.writeBeyondLimit();
    }

    private static void writeWhole(JdbcTemplate jdbc, String table, ShadowFill fill, List<CaseRow> written) {
        List<Object[]> appends = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (CaseRow row : written) {
            if (row.isNew) {
                appends.add(new Object[] {row.caseId, row.level, row.supporter, row.recordKeepingColumn()});
            } else {
                updates.add(new Object[] {row.level, row.supporter, row.recordKeepingColumn(), row.caseId});
            }
        }
        fill.writeOut(table, CASE_COLUMNS, appends, updates,
                rows -> jdbc.batchUpdate(UPDATE_CASE.formatted(table), rows));
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private void read(List<String> ids, String placeholders, CaseRows.Found<CaseRow> found) {
        jdbc.query("SELECT case_id, level, supporter, record_keeping FROM " + tables.of("report_case")
                        + " WHERE case_id IN ("
                        + placeholders + ")",
                rs -> {
                    CaseRow row = new CaseRow(rs.getString(1), false);
                    row.level = rs.getInt(2);
                    row.supporter = rs.getString(3);
                    row.readRecordKeeping(rs.getString(4));
                    found.row(row.caseId, row);
                }, ids.toArray());
    }

    /**
     * A case's level, supporter and standing record-keeping consents while a batch works on it. The consents are
     * kept as {@code consentId=yyyy-MM-dd} entries separated by {@code ;}: identifiers and dates only.
     */
    private static final class CaseRow {
        final String caseId;
        final boolean isNew;
        int level = 1;
        String supporter;
        final Map<String, LocalDate> recordKeeping = new java.util.TreeMap<>();

        void readRecordKeeping(String column) {
            if (column == null || column.isEmpty()) {
                return;
            }
            for (String entry : column.split(";")) {
                String[] parts = entry.split("=", 2);
                recordKeeping.put(parts[0], LocalDate.parse(parts[1]));
            }
        }

        String recordKeepingColumn() {
            if (recordKeeping.isEmpty()) {
                return null;
            }
            StringBuilder column = new StringBuilder();
            recordKeeping.forEach((id, on) -> column.append(column.length() == 0 ? "" : ";").append(id).append('=')
                    .append(on));
            return column.toString();
        }

        CaseRow(String caseId, boolean isNew) {
            this.caseId = caseId;
            this.isNew = isNew;
        }
    }
}

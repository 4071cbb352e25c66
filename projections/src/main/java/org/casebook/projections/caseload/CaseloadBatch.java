package org.casebook.projections.caseload;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.casebook.projections.CaseRows;
import org.casebook.projections.Json;
import org.casebook.projections.ProjectionBatch;
import org.casebook.projections.ShadowFill;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code caseload_case} rows one batch of events touches, read once and written once. In a bulk rebuild (a
 * {@link ShadowFill}) the rows stay in memory across batches and are written whole when they leave it.
 */
final class CaseloadBatch implements ProjectionBatch {

    private static final List<String> COLUMNS = List.of("case_id", "supporter", "status", "level", "opened_on",
            "last_contact_on", "state", "closed_on", "erased", "record_keeping", "record_keeping_withdrawn_on",
            "follow_up_due", "due_items");

    private static final String UPDATE = """
            UPDATE %s SET supporter = ?, status = ?, level = ?, last_contact_on = ?, state = ?,
                closed_on = ?, erased = ?, record_keeping = ?, record_keeping_withdrawn_on = ?,
                follow_up_due = ?, due_items = ?
            WHERE case_id = ?""";

    private static final String INSERT = """
            INSERT INTO %s (case_id, supporter, status, level, opened_on, last_contact_on, state, closed_on, erased,
                record_keeping, record_keeping_withdrawn_on, follow_up_due, due_items)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final String table;
    private final CaseRows<Row> rows;
    private final ShadowFill.HeldRows<Row> held;
    private final Map<String, Row> changed = new LinkedHashMap<>();

    CaseloadBatch(JdbcTemplate jdbc, String table, Collection<String> caseIds, ShadowFill fill) {
        this.jdbc = jdbc;
        this.table = table;
        this.held = fill == null ? null : fill.held(table, written -> writeWhole(jdbc, table, fill, written));
        this.rows = new CaseRows<>(caseIds, this::read, held);
    }

    /** A case enters the caseload with its enquiry; a replayed enquiry leaves the existing row as it is. */
    void enquiry(String caseId, LocalDate receivedOn) {
        if (rows.find(caseId).isEmpty()) {
            Row row = new Row(caseId, true);
            row.openedOn = receivedOn;
            row.lastContactOn = receivedOn;
            row.state = CaseloadState.firstContactOn(receivedOn);
            rows.add(caseId, row);
            changed.put(caseId, row);
        }
    }

    /** Changes the case's row if the case is on the caseload (it always is once its enquiry has been handled). */
    void change(String caseId, java.util.function.Consumer<Row> change) {
        rows.find(caseId).ifPresent(row -> {
            change.accept(row);
            changed.put(caseId, row);
        });
    }

    void changeState(String caseId, UnaryOperator<CaseloadState> change) {
        change(caseId, row -> {
            row.state = change.apply(row.state());
            row.lastContactOn = row.state.contacts().last();
        });
    }

    /** Changes the case's record-keeping consents, and with them the day it became due for erasure, if it did. */
    void changeRecordKeeping(String caseId, UnaryOperator<RecordKeeping> change) {
        change(caseId, row -> {
            row.recordKeeping = change.apply(row.recordKeeping());
            row.recordKeepingWithdrawnOn = row.recordKeeping.allWithdrawnOn().orElse(null);
        });
    }

    @Override
    public void flush() {
        if (held != null) {
            changed.clear();
            held.writeBeyondLimit();
            return;
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Row row : changed.values()) {
            if (row.isNew) {
                inserts.add(wholeRow(row));
            } else {
                updates.add(updateValues(row));
            }
        }
        if (!inserts.isEmpty()) {
            // A new case's row is written whole in one statement (issue 12: an enquiry cost an insert and an update).
            // The batch read the case's row and found none, and only the segment that owns the case writes it, so
            // no conflict is expected: if one came, the batch fails and is retried or parked, never half-applied.
            jdbc.batchUpdate(INSERT.formatted(table), inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(UPDATE.formatted(table), updates);
        }
        changed.clear();
    }

    private static Object[] wholeRow(Row row) {
        return new Object[] {row.caseId, row.supporter, row.status, row.level, date(row.openedOn),
                date(row.lastContactOn), row.stateJson(), date(row.closedOn), row.erased, row.recordKeepingJson(),
                date(row.recordKeepingWithdrawnOn), row.followUpDue(), row.dueColumn()};
    }

    private static Object[] updateValues(Row row) {
        return new Object[] {row.supporter, row.status, row.level, date(row.lastContactOn), row.stateJson(),
                date(row.closedOn), row.erased, row.recordKeepingJson(), date(row.recordKeepingWithdrawnOn),
                row.followUpDue(), row.dueColumn(), row.caseId};
    }

    /** A fill's rows leaving memory: new ones appended whole, ones read back from the shadow updated. */
    private static void writeWhole(JdbcTemplate jdbc, String table, ShadowFill fill, List<Row> written) {
        List<Object[]> appends = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Row row : written) {
            if (row.isNew) {
                appends.add(wholeRow(row));
            } else {
                updates.add(updateValues(row));
            }
        }
        fill.writeOut(table, COLUMNS, appends, updates, rows -> jdbc.batchUpdate(UPDATE.formatted(table), rows));
    }

    private void read(List<String> ids, String placeholders, CaseRows.Found<Row> found) {
        jdbc.query("SELECT case_id, supporter, status, level, opened_on, last_contact_on, state, closed_on, erased,"
                        + " record_keeping, record_keeping_withdrawn_on, due_items"
                        + " FROM " + table + " WHERE case_id IN (" + placeholders + ")",
                rs -> {
                    Row row = new Row(rs.getString(1), false);
                    row.supporter = rs.getString(2);
                    row.status = rs.getString(3);
                    row.level = rs.getInt(4);
                    row.openedOn = rs.getObject(5, LocalDate.class);
                    row.lastContactOn = rs.getObject(6, LocalDate.class);
                    row.storedState = rs.getString(7);
                    row.closedOn = rs.getObject(8, LocalDate.class);
                    row.erased = rs.getBoolean(9);
                    row.storedRecordKeeping = rs.getString(10);
                    row.recordKeepingWithdrawnOn = rs.getObject(11, LocalDate.class);
                    row.storedDue = rs.getString(12);
                    row.storedLevel = row.level;
                    found.row(row.caseId, row);
                }, ids.toArray());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** One caseload row while a batch works on it. */
    static final class Row {
        final String caseId;
        final boolean isNew;
        String supporter;
        String status = "OPEN";
        int level = 1;
        LocalDate openedOn;
        LocalDate lastContactOn;
        CaseloadState state;
        /** Parsed only when an event needs it, so that one unreadable row fails only its own case's events. */
        String storedState;
        LocalDate closedOn;
        boolean erased;
        RecordKeeping recordKeeping;
        /** Like {@link #storedState}: parsed only when a consent event needs it. */
        String storedRecordKeeping;
        LocalDate recordKeepingWithdrawnOn;
        /** The due items and level as read; null for a row written before the column existed (V15_4). */
        String storedDue;
        int storedLevel;

        Row(String caseId, boolean isNew) {
            this.caseId = caseId;
            this.isNew = isNew;
        }

        CaseloadState state() {
            if (state == null) {
                state = Json.read(storedState, CaseloadState.class);
            }
            return state;
        }

        /** Judged for closed cases only (it matters only to them), so an open row's state is parsed only on need. */
        boolean followUpDue() {
            return "CLOSED".equals(status) && Caseloads.hasFollowUpDue(level, state());
        }

        RecordKeeping recordKeeping() {
            if (recordKeeping == null) {
                recordKeeping = storedRecordKeeping == null ? RecordKeeping.none()
                        : Json.read(storedRecordKeeping, RecordKeeping.class);
            }
            return recordKeeping;
        }

        String recordKeepingJson() {
            return recordKeeping != null ? Json.write(recordKeeping) : storedRecordKeeping;
        }

        /**
         * Worked out again when what they come from may have changed (the state was parsed to be changed, or the
         * level changed, or the row has none yet); otherwise kept as read, so a row whose state nobody touched is not
         * parsed for them.
         */
        String dueColumn() {
            if (state == null && storedDue != null && level == storedLevel) {
                return storedDue;
            }
            return DueColumn.write(level, state());
        }

        String stateJson() {
            return state != null ? Json.write(state) : storedState;
        }
    }
}

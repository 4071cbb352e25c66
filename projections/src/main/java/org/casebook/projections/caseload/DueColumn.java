package org.casebook.projections.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casebook.projections.caseload.DueItem.DueKind;

/**
 * A case's due items as its {@code caseload_case} row keeps them ({@code due_items}): kind and day, without whether
 * they are overdue, which depends on the day the caseload is asked for. Worked out when the row is written, so that a
 * caseload read does not parse every open case's state and replay its contacts through the evaluation schedule: in
 * the mixed workload that was a quarter of the service's CPU (performance.md, 2026-12-06). Written as
 * {@code KIND yyyy-MM-dd} entries separated by {@code ;}, in due order; empty when nothing is due. Kinds and days
 * only: no personal data.
 */
final class DueColumn {

    private DueColumn() {
    }

    static String write(int level, CaseloadState state) {
        StringBuilder column = new StringBuilder();
        for (DueItem item : Caseloads.dueItems(level, state, LocalDate.MIN)) {
            if (!column.isEmpty()) {
                column.append(';');
            }
            column.append(item.kind().name()).append(' ').append(item.dueOn());
        }
        return column.toString();
    }

    /**
     * The items, each overdue if due before {@code asOf}; in the order they were written. Read by position, without
     * splitting the column into strings: a caseload read does this for every open case of the worker.
     */
    static List<DueItem> read(String column, LocalDate asOf) {
        List<DueItem> items = new ArrayList<>(2);
        int start = 0;
        while (start < column.length()) {
            int end = column.indexOf(';', start);
            if (end < 0) {
                end = column.length();
            }
            int space = column.indexOf(' ', start);
            LocalDate dueOn = day(column, space + 1, end);
            items.add(new DueItem(kind(column, start, space), dueOn, dueOn.isBefore(asOf)));
            start = end + 1;
        }
        return items;
    }

    private static final DueKind[] KINDS = DueKind.values();

    /** The kind named in {@code column[from, to)}, found without a substring for {@code valueOf}. */
    private static DueKind kind(String column, int from, int to) {
        for (DueKind kind : KINDS) {
            String name = kind.name();
            if (name.length() == to - from && column.regionMatches(from, name, 0, name.length())) {
                return kind;
            }
        }
        return DueKind.valueOf(column.substring(from, to));
    }

    /** {@code yyyy-MM-dd} read by position: {@link LocalDate#parse} costs a formatter's work per day. */
    private static LocalDate day(String column, int from, int to) {
        if (to - from != 10) {
            return LocalDate.parse(column.substring(from, to));
        }
        return LocalDate.of(Integer.parseInt(column, from, from + 4, 10),
                Integer.parseInt(column, from + 5, from + 7, 10), Integer.parseInt(column, from + 8, from + 10, 10));
    }
}

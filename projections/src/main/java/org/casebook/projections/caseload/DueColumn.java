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

    /** The items, each overdue if due before {@code asOf}; in the order they were written. */
    static List<DueItem> read(String column, LocalDate asOf) {
        List<DueItem> items = new ArrayList<>();
        if (column.isEmpty()) {
            return items;
        }
        for (String entry : column.split(";")) {
            int space = entry.indexOf(' ');
            LocalDate dueOn = day(entry.substring(space + 1));
            items.add(new DueItem(DueKind.valueOf(entry.substring(0, space)), dueOn, dueOn.isBefore(asOf)));
        }
        return items;
    }

    /** {@code yyyy-MM-dd} read by position: {@link LocalDate#parse} costs a formatter's work per day. */
    private static LocalDate day(String text) {
        if (text.length() != 10) {
            return LocalDate.parse(text);
        }
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10));
    }
}

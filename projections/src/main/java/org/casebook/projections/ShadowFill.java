package org.casebook.projections;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * A bulk rebuild filling new, empty shadow tables with every event once, in order (ADR 0023). Unlike a processor's
 * batch, which must leave the tables right at every commit, a fill can hold each case's rows in memory across pages
 * and write each once, and append everything else without looking for conflicts: the tables started empty and no
 * one else writes them. The rebuild puts it in each page's unit of work; the projections' batches find it there.
 */
public final class ShadowFill {

    /**
     * Writes rows into a table with no conflict check: PostgreSQL's {@code COPY}, or batched inserts elsewhere. It may
     * write in the background; {@link #drain()} returns once everything appended so far is in the tables.
     */
    public interface Appender {
        void append(String table, List<String> columns, List<Object[]> rows);

        default void drain() {
        }
    }

    private static final String RESOURCE = "casebook.shadow-fill";

    private final Appender appender;
    private final int heldCases;
    private final Map<String, HeldRows<?>> held = new LinkedHashMap<>();
    private final Map<String, Set<String>> keysAppended = new LinkedHashMap<>();

    /** {@code heldCases}: how many cases' rows each table keeps in memory before writing the least recently used. */
    public ShadowFill(Appender appender, int heldCases) {
        if (heldCases < 1) {
            throw new IllegalArgumentException("a fill holds at least one case's rows");
        }
        this.appender = appender;
        this.heldCases = heldCases;
    }

    /** The fill the current unit of work belongs to, or null outside a rebuild. */
    public static ShadowFill current() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(RESOURCE) : null;
    }

    /** Makes this the fill of the given unit of work's batches. */
    public void joinUnitOfWork(org.axonframework.messaging.unitofwork.UnitOfWork<?> unitOfWork) {
        unitOfWork.root().resources().put(RESOURCE, this);
    }

    /**
     * Waits until every row appended so far is in its table: before a statement that must see them (reading a row
     * back, updating appended rows).
     */
    public void drain() {
        appender.drain();
    }

    public void append(String table, List<String> columns, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            appender.append(table, columns, rows);
        }
    }

    /**
     * Case rows leaving memory: those new to the shadow appended whole, those already in it (written out earlier and
     * read back) updated by {@code update}, once every append queued before is in the table.
     */
    public void writeOut(String table, List<String> columns, List<Object[]> whole, List<Object[]> updates,
                         Consumer<List<Object[]>> update) {
        append(table, columns, whole);
        if (!updates.isEmpty()) {
            drain();
            update.accept(updates);
        }
    }

    /**
     * Whether {@code key} is new to the table in this fill, remembering it: a processor's {@code ON CONFLICT DO
     * NOTHING} keeps the first row of a key, and so does a fill that appends only the first. For tables whose rows
     * are rare (a set of every key in memory).
     */
    public boolean firstOf(String table, String key) {
        return keysAppended.computeIfAbsent(table, name -> new HashSet<>()).add(key);
    }

    /** The case rows of {@code table} held across pages, written by {@code writer} when they leave memory. */
    @SuppressWarnings("unchecked")
    public <R> HeldRows<R> held(String table, HeldRows.Writer<R> writer) {
        return (HeldRows<R>) held.computeIfAbsent(table, name -> new HeldRows<>(writer, heldCases, appender));
    }

    /** Writes every row still held and waits until all are in the tables. Call once, after the last page. */
    public void finish() {
        held.values().forEach(HeldRows::writeAll);
        appender.drain();
    }

    /**
     * One table's case rows kept across pages, the least recently used first: a case's events cluster in the store,
     * so most rows are written once, when the fill ends or when more than the limit are held. A row written before
     * its case's last event was read is read back by the batch that needs it and written again (an update).
     */
    public static final class HeldRows<R> {

        /** Writes rows that leave memory: appended if new to the table, updated if read back from it. */
        public interface Writer<R> {
            void write(List<R> rows);
        }

        private final Writer<R> writer;
        private final int limit;
        private final Appender appender;
        private final LinkedHashMap<String, R> rows = new LinkedHashMap<>(1024, 0.75f, true);
        private final Set<String> written = new HashSet<>();

        HeldRows(Writer<R> writer, int limit, Appender appender) {
            this.writer = writer;
            this.limit = limit;
            this.appender = appender;
        }

        /** Before reading rows back from the table: what was appended must be there. */
        public void drain() {
            appender.drain();
        }

        /** The held row of the case, or null. */
        public R get(String caseId) {
            return rows.get(caseId);
        }

        /** Whether the case's row has been written to the table (and is not held): then it must be read back. */
        public boolean inTable(String caseId) {
            return !rows.containsKey(caseId) && written.contains(caseId);
        }

        public void hold(String caseId, R row) {
            rows.put(caseId, row);
        }

        /** Writes the least recently used rows beyond the limit. */
        public void writeBeyondLimit() {
            if (rows.size() <= limit) {
                return;
            }
            List<R> leaving = new ArrayList<>(rows.size() - limit);
            var eldest = rows.entrySet().iterator();
            while (rows.size() - leaving.size() > limit && eldest.hasNext()) {
                Map.Entry<String, R> entry = eldest.next();
                leaving.add(entry.getValue());
                written.add(entry.getKey());
                eldest.remove();
            }
            writer.write(leaving);
        }

        void writeAll() {
            if (!rows.isEmpty()) {
                writer.write(new ArrayList<>(rows.values()));
                written.addAll(rows.keySet());
                rows.clear();
            }
        }
    }
}

package org.casebook.adapters.eventprocessing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.casebook.projections.ProjectionBatch;
import org.casebook.projections.ShadowFill;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends rows to a shadow table during a bulk rebuild (ADR 0023). The shadows are new tables no one else writes, so
 * there is no conflict to look for: on PostgreSQL a page's rows of a table go in one {@code COPY ... FROM STDIN}
 * (one round trip, no statement per row); on H2 (the embedded default) in one batch of plain inserts.
 *
 * <p>On PostgreSQL the COPY runs on a thread and connection of its own (autocommit), so that PostgreSQL takes in one
 * page while the rebuild handles the next; at most {@link #IN_FLIGHT} pages wait. Nothing is lost to a failure: a
 * COPY that fails fails the next append or {@link #drain()}, and with it the rebuild, whose shadows are then dropped.
 */
final class ShadowAppender implements ShadowFill.Appender, AutoCloseable {

    private static final int IN_FLIGHT = 4;

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    /**
     * Days as COPY writes them, by {@link Date#getTime()}: {@code Date.toString()} works the day out through
     * the calendar each time, which a profile found to be most of the fill's own CPU; a store spans a few thousand
     * days.
     */
    private final Map<Long, String> days = new HashMap<>();

    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private ExecutorService writer;

    ShadowAppender(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    @Override
    public void append(String table, List<String> columns, List<Object[]> rows) {
        String names = String.join(", ", columns);
        if (!postgres) {
            jdbc.batchUpdate("INSERT INTO " + table + " (" + names + ") VALUES ("
                    + ProjectionBatch.placeholders(columns.size()) + ")", rows);
            return;
        }
        byte[] text = copyText(rows);
        String copy = "COPY " + table + " (" + names + ") FROM STDIN";
        acquire(1);
        if (failure.get() != null) {
            slots.release();
            throw failure.get();
        }
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(ProjectionRebuilds.daemon("projection-rebuild-writer"));
        }
        writer.execute(() -> {
            try {
                if (failure.get() == null) {
                    jdbc.execute((ConnectionCallback<Long>) connection -> {
                        try {
                            return connection.unwrap(PGConnection.class).getCopyAPI()
                                    .copyIn(copy, new ByteArrayInputStream(text));
                        } catch (IOException broken) {
                            throw new SQLException("COPY into a shadow table failed", broken);
                        }
                    });
                }
            } catch (RuntimeException | Error broken) {
                failure.compareAndSet(null, broken instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(broken));
            } finally {
                slots.release();
            }
        });
    }

    @Override
    public void drain() {
        acquire(IN_FLIGHT);
        slots.release(IN_FLIGHT);
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.shutdownNow();
        }
    }

    private void acquire(int permits) {
        try {
            slots.acquire(permits);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while appending to shadow tables", stopped);
        }
    }


    private static boolean needsEscape(String string) {
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** COPY's text format: tab between columns, a line a row, \N for null, backslash escapes. */
    byte[] copyText(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                value(text, row[i]);
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void value(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String string;
        if (value instanceof Boolean flag) {
            string = flag ? "t" : "f";
        } else if (value instanceof Date day) {
            string = days.computeIfAbsent(day.getTime(), time -> day.toString());
        } else {
            string = value.toString();
        }
        if (!needsEscape(string)) {
            text.append(string);
            return;
        }
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}

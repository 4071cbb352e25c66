package org.casebook.adapters.eventprocessing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.util.Arrays;
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
    private final Map<Long, byte[]> days = new HashMap<>();
    private long lastDay;
    private byte[] lastDayText;

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
        CopyText text = copyTextOf(rows);
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
                                    .copyIn(copy, new ByteArrayInputStream(text.bytes, 0, text.size));
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


    /** COPY's text format: tab between columns, a line a row, \N for null, backslash escapes; UTF-8. */
    byte[] copyText(List<Object[]> rows) {
        CopyText text = copyTextOf(rows);
        return Arrays.copyOf(text.bytes, text.size);
    }

    /**
     * Written byte by byte into one array rather than through a {@code StringBuilder}, its {@code String} and that
     * string's UTF-8 copy: those copies, the check for characters to escape and the boxed day lookups were a quarter
     * of the rebuild's handling thread and a tenth of its allocations in a profile (performance.md, 2026-12-04).
     */
    private CopyText copyTextOf(List<Object[]> rows) {
        CopyText text = new CopyText(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.ascii('\t');
                }
                value(text, row[i]);
            }
            text.ascii('\n');
        }
        return text;
    }

    private void value(CopyText text, Object value) {
        if (value == null) {
            text.ascii('\\');
            text.ascii('N');
        } else if (value instanceof String string) {
            text.string(string);
        } else if (value instanceof Integer number) {
            text.number(number);
        } else if (value instanceof Long number) {
            text.number(number);
        } else if (value instanceof Boolean flag) {
            text.ascii(flag ? 't' : 'f');
        } else if (value instanceof Date day) {
            text.bytes(day(day));
        } else {
            text.string(value.toString());
        }
    }

    /** A store spans a few thousand days and a page's rows mostly share one with the row before. */
    private byte[] day(Date day) {
        long time = day.getTime();
        if (time != lastDay || lastDayText == null) {
            lastDay = time;
            lastDayText = days.computeIfAbsent(time, key -> day.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return lastDayText;
    }

    /** A growing array of COPY text. */
    private static final class CopyText {
        private byte[] bytes;
        private int size;

        CopyText(int capacity) {
            bytes = new byte[Math.max(capacity, 64)];
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        void ascii(char c) {
            room(1);
            bytes[size++] = (byte) c;
        }

        void bytes(byte[] more) {
            room(more.length);
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
        }

        void number(long number) {
            if (number < 0) {
                bytes(Long.toString(number).getBytes(StandardCharsets.US_ASCII));
                return;
            }
            int digits = 1;
            for (long rest = number / 10; rest > 0; rest /= 10) {
                digits++;
            }
            room(digits);
            for (int at = size + digits - 1; at >= size; at--) {
                bytes[at] = (byte) ('0' + number % 10);
                number /= 10;
            }
            size += digits;
        }

        /** ASCII without escapes (ids, codes: nearly every value) is copied as it is; anything else is escaped. */
        void string(String string) {
            int length = string.length();
            room(length);
            for (int i = 0; i < length; i++) {
                char c = string.charAt(i);
                if (c >= 0x80 || c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                    escaped(string.substring(i));
                    return;
                }
                bytes[size++] = (byte) c;
            }
        }

        /** Backslash escapes, then UTF-8: no byte of a multi-byte UTF-8 sequence is below 0x80, so none needs one. */
        private void escaped(String rest) {
            byte[] utf8 = rest.getBytes(StandardCharsets.UTF_8);
            room(utf8.length * 2);
            for (byte b : utf8) {
                switch (b) {
                    case '\\' -> { bytes[size++] = '\\'; bytes[size++] = '\\'; }
                    case '\t' -> { bytes[size++] = '\\'; bytes[size++] = 't'; }
                    case '\n' -> { bytes[size++] = '\\'; bytes[size++] = 'n'; }
                    case '\r' -> { bytes[size++] = '\\'; bytes[size++] = 'r'; }
                    default -> bytes[size++] = b;
                }
            }
        }
    }
}

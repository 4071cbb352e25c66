package org.casebook.adapters.eventprocessing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.projections.ProjectionBatch;
import org.casebook.projections.ShadowFill;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends rows to a shadow table during a bulk rebuild (ADR 0023). The shadows are new tables no one else writes, so
 * there is no conflict to look for: on PostgreSQL a page's rows of a table go in one {@code COPY ... FROM STDIN}
 * (one round trip, no statement per row); on H2 (the embedded default) in one batch of plain inserts.
 */
final class ShadowAppender implements ShadowFill.Appender {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

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
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " (" + names + ") FROM STDIN", new ByteArrayInputStream(text));
            } catch (java.io.IOException failure) {
                throw new java.sql.SQLException("COPY into a shadow table failed", failure);
            }
        });
    }

    /** COPY's text format: tab between columns, a line a row, \N for null, backslash escapes. */
    static byte[] copyText(List<Object[]> rows) {
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

    private static void value(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String string = value instanceof Boolean flag ? (flag ? "t" : "f") : value.toString();
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

package org.casebook.adapters.eventprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.casebook.adapters.InMemoryDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk rebuild's appends to shadow tables (ADR 0023): COPY's text format on PostgreSQL (BulkRebuildIT and
 * RebuildEquivalenceIT write through it), batched inserts on H2.
 */
class ShadowAppenderTest {

    @Test
    void copyTextEscapesWhatCopyWouldReadAsSyntaxAndMarksNulls() {
        ShadowAppender appender = new ShadowAppender(null, true);

        byte[] text = appender.copyText(List.of(
                new Object[] {"a\tb", null, 2, true, Date.valueOf("2026-02-03")},
                new Object[] {"back\\slash\nnew line\r", "ü", 0, false, Date.valueOf("2026-02-03")}));

        assertThat(new String(text, StandardCharsets.UTF_8)).isEqualTo(
                "a\\tb\t\\N\t2\tt\t2026-02-03\n"
                + "back\\\\slash\\nnew line\\r\tü\t0\tf\t2026-02-03\n");
    }

    @Test
    void copyTextWritesNumbersDaysAndTextBeyondAsciiAsPostgresqlReadsThem() {
        ShadowAppender appender = new ShadowAppender(null, true);

        byte[] text = appender.copyText(List.of(
                new Object[] {1234567890123L, -42, Long.MIN_VALUE, 10, Date.valueOf("1999-12-31")},
                new Object[] {"café\tau lait", "😀\\x", UUID.fromString("00000000-0000-0000-0000-00000000000a"),
                        Date.valueOf("2026-02-03"), Date.valueOf("1999-12-31")}));

        assertThat(new String(text, StandardCharsets.UTF_8)).isEqualTo(
                "1234567890123\t-42\t-9223372036854775808\t10\t1999-12-31\n"
                + "café\\tau lait\t😀\\\\x\t00000000-0000-0000-0000-00000000000a\t2026-02-03\t1999-12-31\n");
    }

    @Test
    void onH2RowsAreInsertedWithTheirColumnsNamed() {
        JdbcTemplate jdbc = InMemoryDatabase.fresh();
        jdbc.execute("CREATE TABLE t_rebuild (b VARCHAR(10), a INTEGER PRIMARY KEY, d DATE)");

        new ShadowAppender(jdbc, false).append("t_rebuild", List.of("a", "b", "d"),
                List.of(new Object[] {1, "one", Date.valueOf("2026-02-03")}, new Object[] {2, null, null}));

        assertThat(jdbc.queryForList("SELECT a || ' ' || COALESCE(b, '-') || ' ' || COALESCE(CAST(d AS VARCHAR), '-')"
                + " FROM t_rebuild ORDER BY a", String.class)).containsExactly("1 one 2026-02-03", "2 - -");
    }
}

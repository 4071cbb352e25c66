package org.casebook.adapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A new, empty in-memory H2 database in the modes the embedded default runs in (application.yml), for unit tests of
 * SQL that must work there as well as on PostgreSQL.
 */
public final class InMemoryDatabase {

    private InMemoryDatabase() {
    }

    public static JdbcTemplate fresh() {
        return new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true));
    }

    /** A fresh database with the tables one of the service's own migrations makes, e.g. "V8__processing_nodes.sql". */
    public static JdbcTemplate migratedBy(String migration) {
        JdbcTemplate jdbc = fresh();
        try {
            jdbc.execute(Files.readString(Path.of("src/main/resources/db/migration", migration)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return jdbc;
    }
}

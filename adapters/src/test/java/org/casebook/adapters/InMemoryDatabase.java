package org.casebook.adapters;

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
}

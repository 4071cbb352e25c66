package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The read models' reads of the store with holes below their position are never prepared on the server, so
 * PostgreSQL never keeps a plan for them made while the store was small (GapAwareEventRead: a sequential scan for
 * minutes after a store was new).
 */
class GapAwareEventReadIT extends PostgresIntegrationTest {

    private static final List<Long> HOLES = List.of(3L, 5L);

    @Autowired
    EventStorageEngine engine;

    @Autowired
    EventSchema schema;

    @Test
    void theServicesReadWithHolesLeavesNoStatementOnTheServer() {
        long prepared = sql(connection -> {
            for (int call = 0; call < 10; call++) {
                runAndClose(theServicesReadWithHoles(connection));
            }
            return preparedReadsWithHoles(connection);
        });

        assertThat(prepared).isZero();
    }

    /** The control: the same read as Axon builds it is prepared on the server by its fifth use, and this test sees it. */
    @Test
    void axonsOwnReadWithHolesIsPreparedOnTheServer() {
        long prepared = sql(connection -> {
            for (int call = 0; call < 10; call++) {
                runAndClose(JdbcEventStorageEngineStatements.readEventDataWithGaps(connection, schema, 10L, 100,
                        HOLES));
            }
            return preparedReadsWithHoles(connection);
        });

        assertThat(prepared).isEqualTo(1);
    }

    /** The statement the service's engine builds for the read (protected in Axon: the processors call it). */
    private PreparedStatement theServicesReadWithHoles(Connection connection) throws SQLException {
        try {
            Method read = JdbcEventStorageEngine.class.getDeclaredMethod("readEventDataWithGaps", Connection.class,
                    long.class, int.class, List.class);
            read.setAccessible(true);
            return (PreparedStatement) read.invoke(engine, connection, 10L, 100, HOLES);
        } catch (InvocationTargetException failure) {
            if (failure.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(failure);
        } catch (ReflectiveOperationException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static void runAndClose(PreparedStatement read) throws SQLException {
        try (read; ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                rows.getLong(1);
            }
        }
    }

    private static long preparedReadsWithHoles(Connection connection) throws SQLException {
        ResultSet count = connection.createStatement().executeQuery(
                "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%global_index IN%'");
        count.next();
        return count.getLong(1);
    }
}

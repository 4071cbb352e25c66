package org.casebook.adapters.axon;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.jdbc.ConnectionWrapperFactory.ConnectionCloseHandler;
import org.casebook.adapters.consistency.AppendedPositions;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Axon's {@code SpringDataSourceConnectionProvider}, except that it never closes a connection that is already closed.
 *
 * <p>Why: Axon's auto-configuration wraps the Spring provider in a {@code UnitOfWorkAwareConnectionProviderWrapper},
 * which keeps the connection a command first used and closes it when the command's unit of work is cleaned up. By
 * then Spring has already committed the command's transaction and handed that connection back to the pool (the
 * transaction is committed in the unit of work's commit phase; clean-up comes after the after-commit handlers), and
 * the pool may have lent it to another thread. Closing it a second time is not harmless with HikariCP: every
 * borrowing of one pooled connection shares one list of open statements, and {@code ProxyConnection.close()} clears
 * that list even when this borrowing is already closed, without the lock the current borrower takes. A command
 * thread's clean-up so raced another thread's statements on the same connection and left the list's size at -1:
 * {@code ArrayIndexOutOfBoundsException: Index -1 out of bounds for length 16 at FastList.add ...
 * ProxyConnection.trackStatement} in the next command on that connection (RebuildEquivalenceIT, once).
 *
 * <p>A closed connection has nothing left to release, so skipping it changes nothing else: one still bound to a
 * Spring transaction is not closed, and is released as before.
 *
 * <p>Each connection also returns the global index of the events appended on it ({@link AppendedPositions}).
 */
public final class SpringConnections implements ConnectionProvider {

    private final DataSource dataSource;
    private final ConnectionCloseHandler closeHandler;

    public SpringConnections(DataSource dataSource) {
        this.dataSource = dataSource;
        this.closeHandler = new ReleaseUnlessClosed(dataSource);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = DataSourceUtils.doGetConnection(dataSource);
        // Outside Axon's wrapper, so that the close handler still gets the connection Spring lent.
        return AppendedPositions.capturing(ConnectionWrapperFactory.wrap(connection, closeHandler));
    }

    private record ReleaseUnlessClosed(DataSource dataSource) implements ConnectionCloseHandler {

        @Override
        public void close(Connection connection) {
            try {
                if (connection.isClosed()) {
                    return;
                }
            } catch (SQLException unknown) {
                // Not known to be closed: release it as Spring would.
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }

        @Override
        public void commit(Connection connection) throws SQLException {
            if (!DataSourceUtils.isConnectionTransactional(connection, dataSource)) {
                connection.commit();
            }
        }
    }
}

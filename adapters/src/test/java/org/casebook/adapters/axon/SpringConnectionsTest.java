package org.casebook.adapters.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A command's unit of work must not close, at its clean-up, the pooled connection Spring returned at commit: by then
 * another borrower may hold it, and HikariCP's close of the stale borrowing clears the open-statement list that all
 * borrowings of one connection share (concurrently, the cause of an ArrayIndexOutOfBoundsException in
 * RebuildEquivalenceIT). A pool of one connection makes the next borrower, here in an after-commit handler, certain.
 */
class SpringConnectionsTest {

    private HikariDataSource pool;

    @BeforeEach
    void pool() {
        pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:connections-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        pool.setMaximumPoolSize(1);
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void theNextBorrowerKeepsTrackOfItsStatements() throws Exception {
        assertThat(nextBorrowersStatementClosedWithItsConnection(new SpringConnections(pool))).isTrue();
    }

    /** What RebuildEquivalenceIT ran into, with Axon's own provider: the stale close forgets the borrower's statement. */
    @Test
    void axonsSpringProviderClosesTheReturnedConnectionAgain() throws Exception {
        assertThat(nextBorrowersStatementClosedWithItsConnection(new SpringDataSourceConnectionProvider(pool)))
                .isFalse();
    }

    private boolean nextBorrowersStatementClosedWithItsConnection(ConnectionProvider springProvider) throws Exception {
        ConnectionProvider provider = new UnitOfWorkAwareConnectionProviderWrapper(springProvider);
        SpringTransactionManager transactions = new SpringTransactionManager(new DataSourceTransactionManager(pool));
        AtomicReference<Connection> next = new AtomicReference<>();
        AtomicReference<Statement> nextStatement = new AtomicReference<>();

        // As Axon runs a command: a Spring transaction committed in the commit phase, the store's JDBC through the
        // unit-of-work-bound connection, after-commit handlers, then clean-up.
        DefaultUnitOfWork<?> command = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("command"));
        Transaction transaction = transactions.startTransaction();
        command.onCommit(unitOfWork -> transaction.commit());
        command.onRollback(unitOfWork -> transaction.rollback());
        Connection connection = provider.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
        connection.close();
        command.afterCommit(unitOfWork -> {
            try {
                next.set(pool.getConnection());
                nextStatement.set(next.get().createStatement());
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        });
        command.commit();

        next.get().close();
        return nextStatement.get().isClosed();
    }
}

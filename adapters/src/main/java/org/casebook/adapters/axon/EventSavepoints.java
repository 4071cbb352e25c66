package org.casebook.adapters.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One JDBC savepoint per event inside a read model's batch transaction, so that a poison event can be undone alone.
 * <p>
 * A projection that fails on a SQL statement (a value too long, a constraint) leaves a PostgreSQL transaction in
 * the "aborted" state, where every later statement fails, the dead letter's insert and the token's update included;
 * the batch would then fail and be retried for ever. As interceptor, this sets a savepoint before the event reaches
 * the handlers and releases it after; as the handlers' error handler, it rolls back to that savepoint (undoing the
 * event's partial writes, whichever handler of the group made them) and passes the failure on to the dead-lettering
 * invoker, which then parks the event in a healthy transaction. The same interceptor wraps the handlers when parked
 * events are retried, and there rolls back by itself, so that a letter that fails again can still be updated.
 * Costs two short statements per event.
 */
public class EventSavepoints implements MessageHandlerInterceptor<EventMessage<?>>, ListenerInvocationErrorHandler {

    private static final ThreadLocal<Savepoint> CURRENT = new ThreadLocal<>();

    private final DataSource dataSource;

    public EventSavepoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return chain.proceed();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            Savepoint outer = CURRENT.get();
            CURRENT.set(savepoint);
            Object result;
            try {
                result = chain.proceed();
            } catch (Exception failure) {
                // Reached when the failure was not parked: a transient one (the batch will be retried), or a parked
                // event failing again during a retry, whose letter must then be updated in the same transaction.
                rollBack(connection, savepoint, failure);
                throw failure;
            } finally {
                CURRENT.set(outer);
            }
            connection.releaseSavepoint(savepoint);
            return result;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Override
    public void onError(Exception failure, EventMessage<?> event, EventMessageHandler handler) throws Exception {
        Savepoint savepoint = CURRENT.get();
        if (savepoint != null) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                rollBack(connection, savepoint, failure);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
        throw failure;
    }

    /** A connection that is gone cannot roll back either; the original failure is what matters then. */
    private static void rollBack(Connection connection, Savepoint savepoint, Exception failure) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException unreachable) {
            failure.addSuppressed(unreachable);
        }
    }
}

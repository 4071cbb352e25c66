package org.casebook.adapters.consistency;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * The global index the database gave the events this thread appended, read from the append itself: Axon's JDBC engine
 * prepares its {@code INSERT INTO domain_event_entry} on a connection from Casebook's connection provider, which
 * prepares it asking for the generated {@code global_index} back (PostgreSQL adds {@code RETURNING}) and notes the
 * highest after the batch runs. {@link CommandPositions} then has a command's position without a query of its own:
 * one round trip less per command (issue 12). Where the database or driver cannot answer (or answers nothing),
 * nothing is noted and CommandPositions looks the position up as before.
 */
public final class AppendedPositions {

    private static final ThreadLocal<Long> HIGHEST = new ThreadLocal<>();
    private static final String APPEND = "INSERT INTO domain_event_entry ";
    private static final String[] GLOBAL_INDEX = {"global_index"};

    private AppendedPositions() {
    }

    /** Forgets what this thread appended earlier; called before a command is sent. */
    static void forget() {
        HIGHEST.remove();
    }

    /** The highest global index this thread appended since {@link #forget()}, if it was told. Forgets it. */
    static OptionalLong take() {
        Long highest = HIGHEST.get();
        HIGHEST.remove();
        return highest == null ? OptionalLong.empty() : OptionalLong.of(highest);
    }

    /** {@code connection}, except that the event store's append is prepared to return the global index it got. */
    public static Connection capturing(Connection connection) {
        return (Connection) Proxy.newProxyInstance(AppendedPositions.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new Appends(connection));
    }

    private record Appends(Connection target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1
                    && args[0] instanceof String sql && sql.startsWith(APPEND)) {
                PreparedStatement statement;
                try {
                    statement = target.prepareStatement(sql, GLOBAL_INDEX);
                } catch (SQLException | UnsupportedOperationException unsupported) {
                    return target.prepareStatement(sql);
                }
                return Proxy.newProxyInstance(AppendedPositions.class.getClassLoader(),
                        new Class<?>[]{PreparedStatement.class}, new Append(statement));
            }
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (method.getName().equals("hashCode") && args == null) {
                return System.identityHashCode(proxy);
            }
            return call(target, method, args);
        }
    }

    private record Append(PreparedStatement target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(target, method, args);
            if (method.getName().equals("executeBatch") || method.getName().equals("executeUpdate")) {
                note(target);
            }
            return result;
        }

        private static void note(PreparedStatement statement) {
            try (ResultSet keys = statement.getGeneratedKeys()) {
                long highest = HIGHEST.get() == null ? 0 : HIGHEST.get();
                while (keys != null && keys.next()) {
                    highest = Math.max(highest, keys.getLong(1));
                }
                if (highest > 0) {
                    HIGHEST.set(highest);
                }
            } catch (SQLException | RuntimeException notAnswered) {
                // CommandPositions looks the position up instead.
            }
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}

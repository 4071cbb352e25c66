package org.casebook.projections;

import java.lang.reflect.Proxy;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The read-model tables in memory, for projection tests without a database (feed events, then look at the state).
 * A {@link JdbcTemplate} that understands just the statement shapes the projections' batches use: {@code INSERT
 * INTO t (cols) VALUES (...) [ON CONFLICT DO NOTHING]} (without the clause, a key that is there fails the insert, as
 * in a database), {@code UPDATE t SET c = ?, ... WHERE key = ?}, {@code DELETE FROM t} and {@code SELECT cols FROM t
 * WHERE key IN (?, ...)}. Column lists are read from the SQL, so a new column needs no change here; any other
 * statement fails the test loudly rather than being ignored.
 */
public final class InMemoryTables extends JdbcTemplate {

    private static final Pattern INSERT = Pattern.compile(
            "(?s)\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\(([^)]*)\\).*");
    private static final Pattern UPDATE = Pattern.compile("(?s)\\s*UPDATE\\s+(\\w+)\\s+SET\\s+(.*)\\s+WHERE\\s+(\\w+)\\s*=\\s*\\?\\s*");
    private static final Pattern DELETE = Pattern.compile("(?s)\\s*DELETE FROM (\\w+)\\s*");
    private static final Pattern SELECT = Pattern.compile(
            "(?s)\\s*SELECT\\s+(.*?)\\s+FROM\\s+(\\w+)\\s+WHERE\\s+(\\w+)\\s+IN\\s*\\(.*\\)\\s*");

    /**
     * The key column(s) of each table, as in the migrations (a shadow table has its live table's); a second insert
     * with the same key does nothing.
     */
    private static final Map<String, List<String>> KEYS = Map.of(
            "report_fact", List.of("event_id", "ordinal"),
            "report_safeguarding_override", List.of("sharing_id"));

    private final Map<String, Map<List<Object>, Map<String, Object>>> tables = new LinkedHashMap<>();

    /** Every row of a table, in the order they were first inserted. */
    public List<Map<String, Object>> rows(String table) {
        return List.copyOf(table(table).values());
    }

    /** The row of a table keyed by one column (such as {@code case_id}), if there is one. */
    public Optional<Map<String, Object>> row(String table, Object key) {
        return Optional.ofNullable(table(table).get(List.of(key)));
    }

    @Override
    public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
        int[] counts = new int[batchArgs.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = update(sql, batchArgs.get(i));
        }
        return counts;
    }

    @Override
    public int update(String sql, Object... args) {
        Matcher insert = INSERT.matcher(sql);
        if (insert.matches()) {
            return insert(insert.group(1), columns(insert.group(2)), columns(insert.group(3)), args,
                    sql.contains("ON CONFLICT DO NOTHING"));
        }
        Matcher update = UPDATE.matcher(sql);
        if (update.matches()) {
            Object where = args[args.length - 1];
            int count = 0;
            for (Map<String, Object> row : table(update.group(1)).values()) {
                if (where.equals(row.get(update.group(3)))) {
                    int next = 0;
                    for (String assignment : columns(update.group(2))) {
                        String[] sides = assignment.split("=", 2);
                        String value = sides[1].strip();
                        row.put(sides[0].strip(), value.equals("?") ? args[next++] : literal(value));
                    }
                    count++;
                }
            }
            return count;
        }
        Matcher delete = DELETE.matcher(sql);
        if (delete.matches()) {
            int count = table(delete.group(1)).size();
            table(delete.group(1)).clear();
            return count;
        }
        throw new UnsupportedOperationException("InMemoryTables does not understand: " + sql);
    }

    @Override
    public void query(String sql, RowCallbackHandler handler, Object... args) {
        Matcher select = SELECT.matcher(sql);
        if (!select.matches()) {
            throw new UnsupportedOperationException("InMemoryTables does not understand: " + sql);
        }
        List<String> columns = columns(select.group(1));
        String keyColumn = select.group(3);
        List<Object> wanted = Arrays.asList(args);
        for (Map<String, Object> row : List.copyOf(table(select.group(2)).values())) {
            if (wanted.contains(row.get(keyColumn))) {
                try {
                    handler.processRow(resultSet(columns, row));
                } catch (SQLException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
    }

    private int insert(String table, List<String> columns, List<String> values, Object[] args,
                       boolean ignoreConflict) {
        Map<String, Object> row = new LinkedHashMap<>();
        int next = 0;
        for (int i = 0; i < columns.size(); i++) {
            String value = values.get(i);
            row.put(columns.get(i), value.equals("?") ? args[next++] : literal(value));
        }
        List<Object> key = KEYS.getOrDefault(table.replaceFirst(ReadModelTables.SHADOW.suffix() + "$", ""),
                List.of(columns.get(0))).stream().map(row::get).toList();
        if (table(table).containsKey(key)) {
            if (ignoreConflict) {
                return 0;
            }
            // As PostgreSQL and H2 do: an insert without ON CONFLICT fails on a key that is there.
            throw new DuplicateKeyException("duplicate key in " + table + ": " + key);
        }
        table(table).put(key, row);
        return 1;
    }

    private Map<List<Object>, Map<String, Object>> table(String name) {
        return tables.computeIfAbsent(name, any -> new LinkedHashMap<>());
    }

    private static List<String> columns(String list) {
        List<String> columns = new ArrayList<>();
        for (String column : list.split(",")) {
            columns.add(column.strip());
        }
        return columns;
    }

    private static Object literal(String value) {
        if (value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        if (value.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (value.equalsIgnoreCase("TRUE") || value.equalsIgnoreCase("FALSE")) {
            return Boolean.valueOf(value);
        }
        return Integer.valueOf(value);
    }

    /** A one-row result set over the selected columns, read by position as the batches read it. */
    private static ResultSet resultSet(List<String> columns, Map<String, Object> row) {
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, methodArgs) -> {
                    Object column = methodArgs == null ? null : methodArgs[0];
                    Object value = column instanceof Integer position ? row.get(columns.get(position - 1))
                            : column instanceof String name ? row.get(name) : null;
                    return switch (method.getName()) {
                        case "getString" -> value == null ? null : value.toString();
                        case "getInt" -> value == null ? 0 : ((Number) value).intValue();
                        case "getLong" -> value == null ? 0L : ((Number) value).longValue();
                        case "getBoolean" -> value != null && (Boolean) value;
                        case "getObject" -> methodArgs.length > 1 && methodArgs[1] == LocalDate.class
                                && value instanceof Date date ? date.toLocalDate() : value;
                        case "wasNull" -> false;
                        default -> throw new UnsupportedOperationException("ResultSet." + method.getName());
                    };
                });
    }
}

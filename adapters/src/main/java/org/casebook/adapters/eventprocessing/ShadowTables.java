package org.casebook.adapters.eventprocessing;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.projections.ReadModelTables;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shadow copies of read-model tables that a bulk rebuild fills while the live ones keep answering (ADR 0023):
 * created empty with the live table's columns and primary key, given the live table's other indexes once filled (so
 * that the fill does not maintain them row by row), and swapped in.
 *
 * <p>On PostgreSQL the swap drops the live table and renames the shadow (and its primary key and indexes) to the live
 * names, inside the caller's transaction: DDL is transactional there, so readers see the old table until the commit and
 * the new one after it. H2 commits DDL at once, so there the swap copies the shadow's rows into the emptied live table
 * (DML, inside the transaction) and the shadow is dropped afterwards: slower, the same result, and H2 is the
 * single-node embedded default.
 *
 * <p>The shadows are ordinary logged tables unless told otherwise ({@code casebook.projections.rebuild.unlogged}).
 * Created {@code UNLOGGED}, filling them writes no WAL, and they are made {@code LOGGED} once filled, before their
 * secondary indexes are built: with {@code COPY} filling them that was no faster to fill on an idle machine (17.8 s of
 * pages against 17.9 s on 1,000,000 events) and put {@code report_fact}'s 2.4 s rewrite in front of its longest
 * index build, so logged is the default (ADR 0023, amended 2026-12-04). Either way a crash during the fill changes
 * nothing: the rebuild that was filling died with the connection, and the one that takes the request over drops the
 * shadows and starts again from the first event.
 */
final class ShadowTables {

    /** {@code CREATE [UNIQUE] INDEX name ON [schema.]table USING ...}, as {@code pg_indexes.indexdef} writes it. */
    private static final Pattern INDEX = Pattern.compile("CREATE (UNIQUE )?INDEX (\\S+) ON (\\S+) (USING .*)");
    private static final String INDEX_SUFFIX = "_rb";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ShadowTables.class);

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private final boolean unlogged;

    ShadowTables(JdbcTemplate jdbc, boolean unlogged) {
        this.jdbc = jdbc;
        this.unlogged = unlogged;
        this.postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
    }

    boolean unlogged() {
        return unlogged;
    }

    boolean transactionalDdl() {
        return postgres;
    }

    /** Drops whatever a rebuild left behind (a node that died mid-rebuild), then creates empty shadows. */
    void create(List<String> tables) {
        drop(tables);
        for (String table : tables) {
            String shadow = shadow(table);
            if (postgres) {
                jdbc.execute("CREATE " + (unlogged ? "UNLOGGED " : "") + "TABLE " + shadow + " (LIKE " + table
                        + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
            } else {
                // H2 copies the columns but not their NOT NULL, which a primary key needs.
                jdbc.execute("CREATE TABLE " + shadow + " AS SELECT * FROM " + table + " WITH NO DATA");
                for (String column : primaryKey(table).columns) {
                    jdbc.execute("ALTER TABLE " + shadow + " ALTER COLUMN " + column + " SET NOT NULL");
                }
            }
            if (keyedWhileFilling(table)) {
                addPrimaryKey(table);
            }
        }
    }

    /**
     * Whether the fill looks rows of the shadow up by its key: the tables of one row per case, which a fill reads back
     * when it wrote a case's row out of memory before the case's last event ({@code ShadowFill}). The others (the
     * report facts, the overrides) are only appended, without conflicts, so they get their primary key once filled,
     * built in one pass instead of maintained row by row (the fill is deduplicated in memory where the processors
     * rely on the key, see {@code ShadowFill.firstOf}).
     */
    private boolean keyedWhileFilling(String table) {
        return !postgres || primaryKey(table).columns.equals(List.of("case_id"));
    }

    private void addPrimaryKey(String table) {
        String sql = "ALTER TABLE " + shadow(table) + " ADD PRIMARY KEY ("
                + String.join(", ", primaryKey(table).columns) + ")";
        if (postgres) {
            withoutStatementTimeout(sql);
        } else {
            jdbc.execute(sql);
        }
    }

    void drop(List<String> tables) {
        for (String table : tables) {
            jdbc.execute("DROP TABLE IF EXISTS " + shadow(table));
        }
    }

    /**
     * Makes each filled shadow logged (if it was not) and gives it the live table's primary key (if it had none while
     * filling) and other indexes, under names of its own until the swap.
     *
     * <p>Two statements run at a time, on two connections: each is one sort or one pass that PostgreSQL may not spread
     * over the cores, and the JVM is idle meanwhile. A table's builds start as soon as that table is logged, largest
     * first (by the live index's size), so the other connection builds the small tables' indexes while the largest
     * table is still being logged. A primary key added after the fill is built as a unique index and then attached
     * ({@code ADD PRIMARY KEY USING INDEX}, which reads nothing): {@code ADD PRIMARY KEY} locks the table against the
     * table's other index builds, which then waited for it with a connection each.
     */
    void index(List<String> tables) {
        if (!postgres) {
            return; // the H2 swap copies rows into the live table, whose indexes stay
        }
        long start = System.nanoTime();
        List<String> largestFirst = new ArrayList<>(tables);
        Map<String, Long> sizes = new HashMap<>();
        for (String table : tables) {
            sizes.put(table, indexSize(table));
        }
        largestFirst.sort(Comparator.comparing(sizes::get, Comparator.reverseOrder()));
        Map<String, String> attachKeys = new LinkedHashMap<>();
        ExecutorService builders = Executors.newFixedThreadPool(2,
                ProjectionRebuilds.daemon("projection-rebuild-index"));
        Queue<Future<?>> pending = new ConcurrentLinkedQueue<>();
        try {
            for (String table : largestFirst) {
                List<Build> builds = builds(table, attachKeys);
                pending.add(builders.submit(() -> {
                    if (unlogged) {
                        // Before the indexes are built: SET LOGGED rewrites the table with every index it has.
                        timed("logged " + shadow(table), "ALTER TABLE " + shadow(table) + " SET LOGGED");
                    }
                    for (Build build : builds) {
                        pending.add(builders.submit(() -> timed(build.name, build.sql)));
                    }
                }));
            }
            // A table's task queues its builds before it ends, so waiting in order waits for every build.
            for (Future<?> next = pending.poll(); next != null; next = pending.poll()) {
                next.get();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while indexing shadow tables", stopped);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        } finally {
            builders.shutdownNow();
        }
        attachKeys.forEach((table, index) -> withoutStatementTimeout("ALTER TABLE " + shadow(table)
                + " ADD PRIMARY KEY USING INDEX " + index));
        long built = System.nanoTime();
        for (String table : tables) {
            withoutStatementTimeout("ANALYZE " + shadow(table));
        }
        log.info("Shadows of {}: made logged, keyed and indexed in {} ms, analysed in {} ms", tables,
                (built - start) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
    }

    private record Build(String name, String sql, long liveSize) {
    }

    /** The table's key (if it had none while filling) and secondary indexes to build, largest first. */
    private List<Build> builds(String table, Map<String, String> attachKeys) {
        List<Build> builds = new ArrayList<>();
        if (!keyedWhileFilling(table)) {
            PrimaryKey key = primaryKey(table);
            String index = shadow(table) + "_pkey";
            attachKeys.put(table, index);
            builds.add(new Build(index, "CREATE UNIQUE INDEX " + index + " ON " + shadow(table) + " ("
                    + String.join(", ", key.columns) + ")", indexSize(key.name)));
        }
        for (Map.Entry<String, String> index : secondaryIndexes(table).entrySet()) {
            Matcher definition = INDEX.matcher(index.getValue());
            if (!definition.matches()) {
                throw new IllegalStateException("Unexpected index definition on " + table);
            }
            builds.add(new Build(shadowIndex(index.getKey()), "CREATE "
                    + (definition.group(1) == null ? "" : definition.group(1)) + "INDEX " + shadowIndex(index.getKey())
                    + " ON " + shadow(table) + " " + definition.group(4), indexSize(index.getKey())));
        }
        builds.sort(Comparator.comparingLong(Build::liveSize).reversed());
        return builds;
    }

    /** The size of the live table or index of that name: how long building its shadow's will take, roughly. */
    private long indexSize(String relation) {
        Long size = jdbc.queryForObject("SELECT pg_relation_size(to_regclass(?))", Long.class, relation);
        return size == null ? 0 : size;
    }

    private void timed(String what, String sql) {
        long start = System.nanoTime();
        withoutStatementTimeout(sql);
        log.info("Shadow {} in {} ms", what, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Runs one statement with no statement timeout: building an index on a million rows outlasts the 15 s every
     * statement of the service is bounded by (application-postgres.yml), which is there for commands, not for this.
     */
    private void withoutStatementTimeout(String sql) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL statement_timeout = 0");
                statement.execute(sql);
                connection.commit();
            } catch (SQLException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    /** Puts the shadows in the live tables' place; runs inside the caller's transaction. */
    void swapIn(List<String> tables) {
        for (String table : tables) {
            String shadow = shadow(table);
            if (postgres) {
                PrimaryKey key = primaryKey(table);
                List<String> indexes = new ArrayList<>(secondaryIndexes(table).keySet());
                PrimaryKey shadowKey = primaryKey(shadow);
                jdbc.execute("DROP TABLE " + table);
                jdbc.execute("ALTER TABLE " + shadow + " RENAME TO " + table);
                jdbc.execute("ALTER TABLE " + table + " RENAME CONSTRAINT " + shadowKey.name + " TO " + key.name);
                for (String index : indexes) {
                    jdbc.execute("ALTER INDEX " + shadowIndex(index) + " RENAME TO " + index);
                }
            } else {
                jdbc.update("DELETE FROM " + table);
                jdbc.update("INSERT INTO " + table + " SELECT * FROM " + shadow);
            }
        }
    }

    /** After an H2 swap has committed: the shadows' rows are in the live tables now. */
    void afterSwap(List<String> tables) {
        if (!postgres) {
            drop(tables);
        }
    }

    static String shadow(String table) {
        return ReadModelTables.SHADOW.of(table);
    }

    private static String shadowIndex(String index) {
        String name = index.length() > 60 ? index.substring(0, 60) : index;
        return name + INDEX_SUFFIX;
    }

    private record PrimaryKey(String name, List<String> columns) {
    }

    private PrimaryKey primaryKey(String table) {
        return jdbc.execute((ConnectionCallback<PrimaryKey>) connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> columns = new ArrayList<>();
            String name = null;
            // KEY_SEQ orders the columns; the metadata lists them by column name.
            Map<Short, String> bySequence = new TreeMap<>();
            try (ResultSet keys = meta.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
                while (keys.next()) {
                    bySequence.put(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME"));
                    name = keys.getString("PK_NAME");
                }
            }
            columns.addAll(bySequence.values());
            if (columns.isEmpty()) {
                throw new IllegalStateException("No primary key found on " + table);
            }
            return new PrimaryKey(name, columns);
        });
    }

    /** PostgreSQL only: the table's indexes other than its primary key's, by name, with their definitions. */
    private Map<String, String> secondaryIndexes(String table) {
        String key = primaryKey(table).name;
        Map<String, String> indexes = new LinkedHashMap<>();
        jdbc.query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?"
                + " ORDER BY indexname", rows -> {
                    if (!rows.getString(1).equals(key)) {
                        indexes.put(rows.getString(1), rows.getString(2));
                    }
                }, table);
        return indexes;
    }
}

package org.casebook.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL 15 cluster of our own (initdb in a temporary directory, trust authentication, one port on
 * 127.0.0.1), so that the outage harness can stop a database without touching the shared server on 5432. initdb and
 * the server refuse to run as root, so as root every command runs as the {@code postgres} OS user (runuser).
 */
final class PrivateCluster implements AutoCloseable {

    private static final Path BIN = Path.of(System.getenv().getOrDefault("PG_BIN", "/usr/lib/postgresql/15/bin"));

    private final Path directory;
    private final int port;

    private PrivateCluster(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    static PrivateCluster create(int port) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("casebook-outage-");
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", directory.toString()));
        }
        PrivateCluster cluster = new PrivateCluster(directory, port);
        cluster.pg(List.of(BIN.resolve("initdb").toString(), "-D", directory.resolve("data").toString(), "-A", "trust",
                "-U", "postgres", "--no-sync"));
        cluster.start();
        try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl("postgres"), "postgres", "")) {
            connection.createStatement().execute("CREATE DATABASE test");
        } catch (SQLException failure) {
            throw new IllegalStateException("the private cluster does not answer", failure);
        }
        return cluster;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start() throws IOException, InterruptedException {
        pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-w", "-t", "60",
                "-l", directory.resolve("postgres.log").toString(), "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c max_connections=60", "start"));
    }

    /** pg_ctl stop -m fast: disconnects every client, rolls back open transactions, shuts down cleanly. */
    void stop() throws IOException, InterruptedException {
        stop("fast");
    }

    /**
     * pg_ctl stop with the given mode; {@code immediate} is a crash: no checkpoint, and whatever was committed
     * asynchronously but not yet flushed is lost, as after a power cut; the next start recovers from the WAL.
     */
    void stop(String mode) throws IOException, InterruptedException {
        pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-w", "-t", "60",
                "-m", mode, "stop"));
    }

    @Override
    public void close() {
        try {
            pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-m",
                    "immediate", "stop"));
        } catch (Exception alreadyStopped) {
            // stopped already
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException failure) {
            System.err.println("could not remove " + directory + ": " + failure.getMessage());
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}

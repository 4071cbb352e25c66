package org.casebook.loadtest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * casebook.jar in a JVM of its own, on PostgreSQL in one schema, with the demo users. {@link #kill9()} is
 * {@link Process#destroyForcibly()}, which on Linux sends SIGKILL: no shutdown hook, no graceful close of
 * connections or transactions, exactly like a machine losing power from the service's point of view (the database
 * stays up). {@link #start()} after a kill restarts it on the same schema and port.
 */
public final class CasebookProcess implements AutoCloseable {

    private final Path jar;
    private final Database database;
    private final int port;
    private final Path log;
    private final List<String> extraArguments;
    private final List<String> jvmArguments;
    private Process process;
    private int starts;

    public CasebookProcess(Path jar, Database database, int port, Path log, List<String> extraArguments) {
        this(jar, database, port, log, extraArguments, List.of());
    }

    /** {@code jvmArguments} go before {@code -jar} (a profiler, for example); {@code extraArguments} after it. */
    public CasebookProcess(Path jar, Database database, int port, Path log, List<String> extraArguments,
                           List<String> jvmArguments) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("casebook.jar not found at " + jar.toAbsolutePath()
                    + ": build it first with `mvn -B -o -q package -DskipTests`");
        }
        this.jar = jar;
        this.database = database;
        this.port = port;
        this.log = log;
        this.extraArguments = List.copyOf(extraArguments);
        this.jvmArguments = List.copyOf(jvmArguments);
        // If the harness is stopped (Ctrl-C, SIGTERM), do not leave the service running on its own.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process running = process;
            if (running != null && running.isAlive()) {
                running.destroyForcibly();
            }
        }));
    }

    public static Path defaultJar() {
        return Path.of(System.getProperty("casebook.jar", "../adapters/target/casebook.jar"));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Starts the JVM and waits until /actuator/health says UP. */
    public void start(Duration timeout) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.timezone=UTC", "-Ddisable-axoniq-console-message=true"));
        command.addAll(jvmArguments);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + database.schemaUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.flyway.schemas=" + database.schema(),
                "--spring.flyway.default-schema=" + database.schema()));
        command.addAll(extraArguments);
        try {
            Files.createDirectories(log.getParent());
            starts++;
            Files.writeString(log, "\n===== start " + starts + " =====\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException failure) {
            throw new IllegalStateException("could not start " + jar, failure);
        }
        awaitHealthy(timeout);
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Casebook exited with " + process.exitValue() + " while starting; see "
                        + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                                URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            sleep(250);
        }
        throw new IllegalStateException("Casebook not healthy within " + timeout + "; see " + log.toAbsolutePath());
    }

    /** SIGKILL (Process.destroyForcibly on Linux), then waits until the process is gone. Returns its pid. */
    public long kill9() {
        long pid = process.pid();
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("process " + pid + " survived SIGKILL");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return pid;
    }

    /** The exit status of the last process: 137 (128 + SIGKILL 9) after {@link #kill9()} on Linux. */
    public int exitValue() {
        return process.exitValue();
    }

    /** The running JVM's process id. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** A graceful stop (SIGTERM), for the end of a run. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

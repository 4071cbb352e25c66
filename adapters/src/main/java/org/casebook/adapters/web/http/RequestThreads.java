package org.casebook.adapters.web.http;

import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tomcat's request threads: {@code casebook.web.request-threads-per-core} (default 3) for each core the JVM sees,
 * unless {@code server.tomcat.threads.max} is set. Requests beyond that wait in Tomcat's queue for a thread.
 *
 * <p>Why not Spring Boot's 200: that suits requests that mostly wait on slow I/O. Casebook's mostly compute (security,
 * sealing, idempotency, the hash chain, the case's events) against a nearby PostgreSQL. On two cores, sixteen clients
 * had sixteen request threads competing with the read models' single worker thread, which fell behind, and every read
 * waiting for its own write waited with it. Paired runs with six threads did 1.08-1.15 times the mixed workload's
 * commands a second for 0.89-0.93 times the CPU each; two and four per core did worse, and so did a semaphore in
 * front of the same 200 threads (ADR 0033 has the runs).
 */
@Component
public class RequestThreads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final String TOMCAT_MAX_THREADS = "server.tomcat.threads.max";

    private final int max;
    private final boolean ours;

    public RequestThreads(Environment environment,
                          @Value("${casebook.web.request-threads-per-core:3}") int threadsPerCore) {
        Integer configured = environment.getProperty(TOMCAT_MAX_THREADS, Integer.class);
        if (configured == null && threadsPerCore < 1) {
            throw new IllegalArgumentException("casebook.web.request-threads-per-core must be 1 or more");
        }
        this.ours = configured == null;
        this.max = ours ? threadsPerCore * Runtime.getRuntime().availableProcessors() : configured;
    }

    /** How many requests this node works on at once. */
    public int max() {
        return max;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!ours) {
            return; // server.tomcat.threads.max is set, and Spring Boot has applied it
        }
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxThreads(max);
            }
        });
    }

    /** After Spring Boot's own Tomcat customizer, which sets its default of 200 threads on every connector. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.AbstractProtocol;
import org.casebook.adapters.web.http.RequestThreads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** ADR 0033: Tomcat works on a few requests per core at once, and the rest wait their turn rather than fail. */
class RequestThreadsIT extends PostgresIntegrationTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    RequestThreads requestThreads;

    @Test
    void tomcatHasThreePerCoreNotSpringBootsTwoHundred() {
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) ((TomcatWebServer) context.getWebServer()).getTomcat()
                .getConnector().getProtocolHandler();

        assertThat(protocol.getMaxThreads()).isEqualTo(3 * Runtime.getRuntime().availableProcessors())
                .isEqualTo(requestThreads.max());
    }

    @Test
    void moreRequestsThanThreadsAreAllAnswered() throws Exception {
        int requests = requestThreads.max() * 4;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> api.as("caseworker1").get("/api/caseload")));
            }
            for (Future<Api.Response> answer : answers) {
                Api.Response caseload = answer.get(30, TimeUnit.SECONDS);
                assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

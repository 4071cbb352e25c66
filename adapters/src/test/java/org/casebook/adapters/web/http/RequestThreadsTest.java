package org.casebook.adapters.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

class RequestThreadsTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void aFewThreadsForEachCore() {
        assertThat(new RequestThreads(new MockEnvironment(), 3).max()).isEqualTo(3 * CORES);
        assertThat(new RequestThreads(new MockEnvironment(), 1).max()).isEqualTo(CORES);
    }

    @Test
    void theConnectorGetsThem() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new RequestThreads(new MockEnvironment(), 3).customize(factory);
        Connector connector = new Connector();

        factory.getTomcatConnectorCustomizers().forEach(customizer -> customizer.customize(connector));

        assertThat(((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxThreads()).isEqualTo(3 * CORES);
    }

    @Test
    void tomcatsOwnSettingWinsWhenItIsSet() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.tomcat.threads.max", "40");
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        RequestThreads threads = new RequestThreads(environment, 3);

        threads.customize(factory);

        assertThat(threads.max()).isEqualTo(40);
        assertThat(factory.getTomcatConnectorCustomizers()).as("Spring Boot applies server.tomcat.threads.max").isEmpty();
    }

    @Test
    void noThreadsAtAllIsRefused() {
        assertThatThrownBy(() -> new RequestThreads(new MockEnvironment(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("request-threads-per-core");
    }
}

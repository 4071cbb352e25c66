package org.casebook.adapters.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo users have published passwords. They may run against an embedded database or a PostgreSQL on this machine
 * (tests, benchmarks) but never against a shared server that could hold real parents' data.
 */
@Component
@Profile("demo")
public class DemoProfileGuard implements InitializingBean {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1", "[::1]", "0:0:0:0:0:0:0:1");

    private final DataSourceProperties dataSource;

    public DemoProfileGuard(DataSourceProperties dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        String url = dataSource.determineUrl();
        if (!isLocal(url)) {
            throw new IllegalStateException("The demo profile (published passwords) is refused on a database that is"
                    + " not on a loopback address. Remove 'demo' from spring.profiles.active.");
        }
    }

    static boolean isLocal(String jdbcUrl) {
        if (jdbcUrl == null) {
            return false;
        }
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:./")) {
            return true;
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            return false;
        }
        String rest = url.substring("jdbc:postgresql:".length());
        if (!rest.startsWith("//")) {
            return true; // jdbc:postgresql:database means localhost
        }
        String authority = rest.substring(2).split("[/?]", 2)[0];
        if (authority.isEmpty()) {
            return true;
        }
        for (String hostAndPort : authority.split(",")) {
            String host = URI.create("postgresql://" + hostAndPort).getHost();
            if (host == null || !(LOOPBACK_NAMES.contains(host) || host.startsWith("127."))) {
                return false;
            }
        }
        return true;
    }
}

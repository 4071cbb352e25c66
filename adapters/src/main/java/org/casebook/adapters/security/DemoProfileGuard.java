package org.casebook.adapters.security;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Demo users have published passwords. They may run against an embedded database or a PostgreSQL on this machine
 * (tests, benchmarks) but never against a server that could hold real parents' data. Checked before the
 * application context starts, so that nothing (not even a migration) touches such a database with demo on.
 */
public class DemoProfileGuard implements EnvironmentPostProcessor {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1", "[::1]",
            "0:0:0:0:0:0:0:1");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo")
                || (environment.getActiveProfiles().length == 0
                && Arrays.asList(environment.getDefaultProfiles()).contains("demo"));
        if (demo && !isLocal(environment.getProperty("spring.datasource.url"))) {
            throw new IllegalStateException("The demo profile (published passwords) is refused on a database that is"
                    + " not on a loopback address. Remove 'demo' from spring.profiles.active.");
        }
    }

    static boolean isLocal(String jdbcUrl) {
        if (jdbcUrl == null) {
            return false;
        }
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:mem:")) {
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
            String host;
            try {
                host = URI.create("postgresql://" + hostAndPort).getHost();
            } catch (IllegalArgumentException unreadable) {
                return false;
            }
            if (host == null || !(LOOPBACK_NAMES.contains(host) || host.startsWith("127."))) {
                return false;
            }
        }
        return true;
    }
}

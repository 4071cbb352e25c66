package org.casebook.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DemoProfileGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:./data/casebook;MODE=PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/test",
            "jdbc:postgresql://localhost/test", "jdbc:postgresql://[::1]:5432/test", "jdbc:postgresql:test"})
    void aDatabaseOnThisMachineIsLocal(String url) {
        assertThat(DemoProfileGuard.isLocal(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://db.example.invalid:5432/casebook", "jdbc:postgresql://10.0.0.5/x",
            "jdbc:postgresql://127.0.0.1,db.example.invalid/x", "jdbc:mysql://127.0.0.1/x"})
    void anyOtherDatabaseIsNot(String url) {
        assertThat(DemoProfileGuard.isLocal(url)).isFalse();
    }

    @Test
    void refusesToStartWithDemoUsersOnARemoteDatabase() {
        StandardEnvironment environment = environment("jdbc:postgresql://db.example.invalid:5432/casebook");
        environment.setActiveProfiles("postgres", "demo");

        assertThatThrownBy(() -> new DemoProfileGuard().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo profile");
    }

    @Test
    void theDefaultDemoProfileCountsToo() {
        StandardEnvironment environment = environment("jdbc:postgresql://db.example.invalid:5432/casebook");
        environment.setDefaultProfiles("demo");

        assertThatThrownBy(() -> new DemoProfileGuard().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startsWithoutDemoOnARemoteDatabase() {
        StandardEnvironment environment = environment("jdbc:postgresql://db.example.invalid:5432/casebook");
        environment.setActiveProfiles("postgres");

        new DemoProfileGuard().postProcessEnvironment(environment, new SpringApplication());
    }

    private static StandardEnvironment environment(String url) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
        return environment;
    }
}

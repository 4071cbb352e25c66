package org.casebook.adapters.security;

import java.util.List;
import org.casebook.domain.shared.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The contract's demo users, each with password {@code <username>-pass}. They exist only under the {@code demo}
 * profile, which {@link DemoProfileGuard} refuses on any database that is not on this machine.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
public class DemoUsers {

    record DemoUser(String username, StaffRole role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("caseworker1", StaffRole.CASEWORKER),
            new DemoUser("caseworker2", StaffRole.CASEWORKER),
            new DemoUser("volunteer1", StaffRole.VOLUNTEER),
            new DemoUser("volunteer2", StaffRole.VOLUNTEER),
            new DemoUser("manager1", StaffRole.MANAGER),
            new DemoUser("auditor1", StaffRole.AUDITOR),
            new DemoUser("dg1", StaffRole.DEVELOPMENT_GROUP));

    /**
     * Exposed only as a {@link UserDetailsService}: as a {@code UserDetailsPasswordService} (which the in-memory
     * manager also is) Spring would re-encode these public demo passwords with BCrypt on first login, and every
     * HTTP Basic request would then pay a deliberate ~100 ms hash, which the load benchmark measured instead of
     * Casebook. Real users come with bearer tokens and never reach this.
     */
    @Bean
    UserDetailsService demoUserDetails() {
        List<UserDetails> users = USERS.stream()
                .map(user -> User.withUsername(user.username())
                        .password("{noop}" + user.username() + "-pass")
                        .roles(user.role().name())
                        .build())
                .toList();
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager::loadUserByUsername;
    }
}

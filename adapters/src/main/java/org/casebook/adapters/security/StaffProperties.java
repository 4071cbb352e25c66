package org.casebook.adapters.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Managers known by username, for checking who may approve a safeguarding disclosure when people sign in through
 * an external identity provider and Casebook cannot look up anyone but the caller.
 */
@ConfigurationProperties("casebook.staff")
public record StaffProperties(List<String> managers) {

    public StaffProperties {
        managers = managers == null ? List.of() : List.copyOf(managers);
    }
}

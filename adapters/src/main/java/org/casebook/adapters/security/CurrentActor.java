package org.casebook.adapters.security;

import java.time.Clock;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The authenticated caller as the domain sees them: username, role and the server instant of the request. */
@Component
public class CurrentActor {

    private final Clock clock;

    public CurrentActor(Clock clock) {
        this.clock = clock;
    }

    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("not authenticated");
        }
        StaffRole role = Roles.highest(authentication.getAuthorities())
                .orElseThrow(() -> new AccessDeniedException("no Casebook role"));
        return new Actor(authentication.getName(), role, clock.instant());
    }
}

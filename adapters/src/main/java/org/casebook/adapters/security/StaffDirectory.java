package org.casebook.adapters.security;

import java.util.Optional;
import org.casebook.domain.shared.StaffRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks up the role of a member of staff other than the caller: the manager named as approving a disclosure. */
@Component
public class StaffDirectory {

    private final ObjectProvider<UserDetailsService> users;
    private final StaffProperties staff;

    public StaffDirectory(ObjectProvider<UserDetailsService> users, StaffProperties staff) {
        this.users = users;
        this.staff = staff;
    }

    public Optional<StaffRole> roleOf(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        if (staff.managers().contains(username)) {
            return Optional.of(StaffRole.MANAGER);
        }
        UserDetailsService service = users.getIfAvailable();
        if (service == null) {
            return Optional.empty();
        }
        try {
            return Roles.highest(service.loadUserByUsername(username).getAuthorities());
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
    }
}

package org.casebook.adapters.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.shared.StaffRole;
import org.springframework.security.core.GrantedAuthority;

/** Maps Spring authorities to the contract's roles; someone holding several acts in the widest of them. */
final class Roles {

    private static final List<StaffRole> WIDEST_FIRST = List.of(StaffRole.MANAGER, StaffRole.CASEWORKER,
            StaffRole.VOLUNTEER, StaffRole.AUDITOR, StaffRole.DEVELOPMENT_GROUP);

    private Roles() {
    }

    static Optional<StaffRole> highest(Collection<? extends GrantedAuthority> authorities) {
        List<String> names = authorities.stream().map(GrantedAuthority::getAuthority).toList();
        return WIDEST_FIRST.stream().filter(role -> names.contains("ROLE_" + role.name())).findFirst();
    }

    static String[] of(StaffRole... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}

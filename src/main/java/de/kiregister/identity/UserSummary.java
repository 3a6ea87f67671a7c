package de.kiregister.identity;

import java.util.Set;

/** What other modules may know about a user: no password, no internal id. */
public record UserSummary(String username, String displayName, String email, Set<Role> roles, boolean enabled) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}

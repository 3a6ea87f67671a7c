package de.kiregister.identity.oidc;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kiregister.identity.Role;

/**
 * Which roles of KI-Register the city's directory groups grant: every role one of whose configured groups the user
 * is in. Group names are compared exactly (directories differ in whether case matters; Entra ID sends object ids).
 */
final class DirectoryRoles {

    private final Map<Role, List<String>> groupsByRole;

    DirectoryRoles(Map<Role, List<String>> groupsByRole) {
        this.groupsByRole = Map.copyOf(groupsByRole);
    }

    Set<Role> rolesFor(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groupsByRole.forEach((role, granting) -> {
            if (granting.stream().map(String::strip).anyMatch(groups::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }
}

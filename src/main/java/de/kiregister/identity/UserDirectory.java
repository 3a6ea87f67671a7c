package de.kiregister.identity;

import java.util.List;
import java.util.Optional;

/** Read access to the users of the application, for other modules (owner choice lists, display names). */
public interface UserDirectory {

    Optional<UserSummary> findByUsername(String username);

    /** Enabled users holding the role, ordered by display name. */
    List<UserSummary> usersWithRole(Role role);
}

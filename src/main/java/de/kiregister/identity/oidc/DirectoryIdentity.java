package de.kiregister.identity.oidc;

import java.util.Set;

import de.kiregister.identity.Role;

/** A person as the directory vouched for them at this sign-in, with the roles their groups map to. */
record DirectoryIdentity(String issuer, String subject, String username, String displayName, String email,
        Set<Role> roles) {

    DirectoryIdentity {
        roles = Set.copyOf(roles);
    }
}

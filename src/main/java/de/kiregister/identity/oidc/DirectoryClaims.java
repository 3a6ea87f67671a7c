package de.kiregister.identity.oidc;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Reads what KI-Register needs from the claims of a directory's ID token and user info. */
final class DirectoryClaims {

    private DirectoryClaims() {
    }

    /** A claim as non-blank text, stripped. */
    static Optional<String> text(Map<String, Object> claims, String name) {
        return Optional.ofNullable(claim(claims, name))
                .filter(String.class::isInstance).map(String.class::cast)
                .map(String::strip).filter(value -> !value.isEmpty());
    }

    /**
     * The groups (or roles) in the claim: a list of names, or one name. {@code realm_access.roles} walks into nested
     * claims (Keycloak); a claim whose own name contains dots (ADFS's claim URIs) is taken as it is first.
     */
    static Set<String> groups(Map<String, Object> claims, String name) {
        Object value = claim(claims, name);
        Set<String> groups = new LinkedHashSet<>();
        if (value instanceof Collection<?> values) {
            values.stream().filter(v -> v != null).map(v -> v.toString().strip())
                    .filter(v -> !v.isEmpty()).forEach(groups::add);
        } else if (value instanceof String single && !single.isBlank()) {
            groups.add(single.strip());
        }
        return groups;
    }

    private static @Nullable Object claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        Object current = claims;
        for (String part : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}

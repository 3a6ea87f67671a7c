package de.kiregister.shared;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Something the security log must keep (sign-ins, failures, throttling, account and role changes, password changes,
 * session ends, publications, withdrawals, exports). Any module publishes it with Spring's
 * {@code ApplicationEventPublisher}; one listener writes it to the security log. Who acted and from which address
 * are taken from the current request and security context when the publisher leaves them out, so services need
 * not know about requests.
 *
 * @param kind what happened
 * @param subject whom or what it concerned: a user name, a use case reference, an export's name; null when it is
 *     the actor themself
 * @param detail a short machine-readable addition (e.g. the roles after a change, the export's filter); never a
 *     password, token or free text a user typed
 * @param actor the user name who acted, or null to take it from the security context (for a failed sign-in: the
 *     name that was tried)
 */
public record SecurityEvent(SecurityEventKind kind, @Nullable String subject, @Nullable String detail,
        @Nullable String actor) {

    public SecurityEvent {
        Objects.requireNonNull(kind, "kind");
    }

    public static SecurityEvent of(SecurityEventKind kind, @Nullable String subject, @Nullable String detail) {
        return new SecurityEvent(kind, subject, detail, null);
    }
}

package de.kiregister.shared;

/** The kinds of entries of the security log; new kinds are added here and get a label in the message bundles. */
public enum SecurityEventKind {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGNED_OUT,
    SESSIONS_ENDED,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ROLES_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    PUBLISHED,
    WITHDRAWN,
    EXPORTED
}

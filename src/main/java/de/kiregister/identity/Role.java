package de.kiregister.identity;

/**
 * The roles (docs/rules.md, rule 18). Roles are flat: a user may hold several, and none implies another
 * (ADMIN administers, it does not decide dialogue items).
 */
public enum Role {
    KI_HUB,
    PROJECT_OWNER,
    PERSONALRAT,
    IT,
    VERWALTUNG,
    CAIO,
    ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}

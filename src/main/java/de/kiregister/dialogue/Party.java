package de.kiregister.dialogue;

import de.kiregister.identity.Role;
import de.kiregister.shared.DomainRuleViolation;
import org.jspecify.annotations.Nullable;

/** The three parties of the Spezifikationsdialog; each item belongs to one, decided by members of its role. */
public enum Party {

    VERWALTUNG(Role.VERWALTUNG), PERSONALRAT(Role.PERSONALRAT), IT(Role.IT);

    private final Role role;

    Party(Role role) {
        this.role = role;
    }

    /** The party named in a form field; a missing or unknown name is the user's mistake, told in German. */
    public static Party parse(@Nullable String name) {
        for (Party party : values()) {
            if (party.name().equals(name)) {
                return party;
            }
        }
        throw new DomainRuleViolation("dialogue.item.party.required");
    }

    /** The role whose holders decide this party's items (rule 6, docs/rules.md). */
    public Role role() {
        return role;
    }
}

package de.kiregister.register;

import java.util.Set;

/**
 * A use case changed in a way that can change its legal assessment (purpose, category, vendor or model,
 * automation level, affected groups, personal data, hosting). Classification marks the current assessment stale;
 * later the Spezifikationsdialog flags decisions made on the old content.
 *
 * @param reference the use case's reference code, e.g. {@code KI-2026-014}
 * @param fields the names of the material properties that changed
 */
public record UseCaseMateriallyChanged(String reference, Set<String> fields) {

    public UseCaseMateriallyChanged {
        fields = Set.copyOf(fields);
    }
}

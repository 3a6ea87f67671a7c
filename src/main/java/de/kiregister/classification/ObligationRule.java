package de.kiregister.classification;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;

/**
 * When an obligation applies, as a condition over the facts of an evaluation (see {@link Facts}): all of
 * {@code all}, at least one of {@code any} (when not empty) and none of {@code none}. Conditions are data rather
 * than Java so that the catalogue, not the code, says e.g. that the FRIA does not apply to Annex III point 2.
 *
 * @param applicableFrom the date from which the obligation applies when this rule matches
 * @param verify true when this date or condition needs a lawyer's confirmation
 */
public record ObligationRule(Set<String> all, Set<String> any, Set<String> none, LocalDate applicableFrom,
        boolean verify) {

    public ObligationRule {
        all = Set.copyOf(all);
        any = Set.copyOf(any);
        none = Set.copyOf(none);
    }

    public boolean matches(Set<String> facts) {
        return facts.containsAll(all)
                && (any.isEmpty() || !Collections.disjoint(any, facts))
                && Collections.disjoint(none, facts);
    }
}

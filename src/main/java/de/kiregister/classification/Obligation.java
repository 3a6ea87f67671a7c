package de.kiregister.classification;

import java.util.List;

/**
 * An entry of the obligation catalogue: what a classification can oblige the city to do, and when it applies.
 *
 * @param code stable code, e.g. {@code FRIA}
 * @param article legal reference in the form {@code Art. 27}, {@code Art. 26(7)}, {@code Art. 35 DSGVO}
 * @param title German title
 * @param verify true when the obligation as a whole needs a lawyer's confirmation
 * @param rules the obligation applies when any rule matches
 */
public record Obligation(String code, String article, String title, boolean verify, List<ObligationRule> rules) {

    public Obligation {
        rules = List.copyOf(rules);
    }
}

package de.kiregister.classification;

import java.time.LocalDate;

/**
 * An obligation that follows from an evaluation.
 *
 * @param code the catalogue code, e.g. {@code FRIA}
 * @param article e.g. {@code Art. 27}
 * @param title German title
 * @param applicableFrom the date from which it applies (the earliest of the matching rules)
 * @param verify true when the obligation or its date still needs a lawyer's confirmation
 */
public record DerivedObligation(String code, String article, String title, LocalDate applicableFrom,
        boolean verify) {
}

package de.kiregister.classification.catalogue;

import java.util.List;

/**
 * The rule catalogue cannot be used. Thrown while the application starts, so a broken catalogue stops the start
 * with every problem listed instead of classifying use cases wrongly later.
 */
public class InvalidCatalogueException extends IllegalStateException {

    private final List<String> problems;

    public InvalidCatalogueException(String source, List<String> problems) {
        super("Regelkatalog " + source + " ist ungültig (" + problems.size() + " Fehler):\n - "
                + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

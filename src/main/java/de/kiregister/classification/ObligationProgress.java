package de.kiregister.classification;

/**
 * Where the city stands with one obligation of a use case's current assessment, as other modules may show it.
 *
 * @param code the catalogue code, e.g. {@code FRIA}
 * @param article e.g. {@code Art. 27}
 * @param title German title from the catalogue
 * @param state open, done or not applicable
 */
public record ObligationProgress(String code, String article, String title, ObligationState state) {
}

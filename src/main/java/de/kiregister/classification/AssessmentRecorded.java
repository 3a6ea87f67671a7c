package de.kiregister.classification;

import de.kiregister.register.RiskTier;

/**
 * A new risk assessment of a use case was saved and is now its current one (the previous one is superseded).
 *
 * @param reference the use case's reference code, e.g. {@code KI-2026-014}
 * @param outcome the risk tier of the new assessment
 * @param catalogueVersion the catalogue version it was evaluated with
 */
public record AssessmentRecorded(String reference, RiskTier outcome, String catalogueVersion) {
}

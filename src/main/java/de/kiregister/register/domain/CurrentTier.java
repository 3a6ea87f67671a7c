package de.kiregister.register.domain;

import de.kiregister.register.RiskTier;

/**
 * The risk tier the register shows for a use case (its copy of the current assessment's outcome, ADR-012).
 *
 * @param stale the assessment predates a material change and must be redone
 */
public record CurrentTier(RiskTier tier, boolean stale) {
}

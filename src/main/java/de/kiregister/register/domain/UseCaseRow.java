package de.kiregister.register.domain;

import java.time.Instant;

import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import org.jspecify.annotations.Nullable;

/**
 * One line of the register list and of the CSV export.
 *
 * @param tier the current assessment's risk tier, {@code null} while not classified
 * @param tierStale the current assessment predates a material change and must be redone
 * @param priorityScore the priority score (0–100) the roadmap computed, {@code null} while not scored
 */
public record UseCaseRow(String reference, String title, String summary, String department, Phase phase,
        StrategicGoal strategicGoal, Horizon horizon, Category category, String ownerUsername, Instant changedAt,
        @Nullable RiskTier tier, boolean tierStale,
        @Nullable Integer priorityScore) {
}

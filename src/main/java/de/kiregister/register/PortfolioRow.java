package de.kiregister.register;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The facts of one use case that roadmap, portfolio and exports need, without its texts: light enough to read
 * the whole portfolio (10,000 use cases) in one statement.
 *
 * @param tier the current assessment's risk tier, {@code null} while not classified
 * @param tierStale the current assessment predates a material change and must be redone
 * @param priorityScore the register's copy of the priority score (0–100), {@code null} while not scored
 */
public record PortfolioRow(String reference, String title, String departmentName, StrategicGoal strategicGoal,
        Horizon horizon, Phase phase, Category category, @Nullable RiskTier tier, boolean tierStale,
        @Nullable BigDecimal oneOffCost, @Nullable BigDecimal yearlyCost, @Nullable Integer personDays,
        @Nullable Integer hoursSavedPerYear, String ownerUsername, @Nullable Integer priorityScore) {

    /** Classified, and the assessment still fits the use case. */
    public boolean hasCurrentClassification() {
        return tier != null && !tierStale;
    }

    /** The name of the swimlane this use case belongs to under the grouping (an enum name or the department). */
    public String laneKey(PortfolioOrder.Grouping grouping) {
        return switch (grouping) {
            case NONE -> "";
            case STRATEGIC_GOAL -> strategicGoal.name();
            case DEPARTMENT -> departmentName;
            case HORIZON -> horizon.name();
        };
    }
}

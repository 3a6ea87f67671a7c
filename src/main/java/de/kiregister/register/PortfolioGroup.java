package de.kiregister.register;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How many of the filtered use cases share a phase, a risk tier (and whether it is stale) and a strategic goal, with
 * the sums of their expected benefit and cost: enough for the dashboard's counts without reading one row per use
 * case (a few hundred groups at most, whatever the size of the register).
 *
 * @param tier {@code null} while not classified
 * @param hoursSavedPerYear the sum, use cases without a figure count as 0
 * @param oneOffCost the sum, use cases without a figure count as 0
 * @param yearlyCost the sum, use cases without a figure count as 0
 * @param references the group's use cases (for figures of other modules about them), in one array value
 */
public record PortfolioGroup(Phase phase, @Nullable RiskTier tier, boolean tierStale, StrategicGoal strategicGoal,
        long useCases, long hoursSavedPerYear, BigDecimal oneOffCost, BigDecimal yearlyCost, List<String> references) {

    /** Classified, and the assessment still fits (as {@link PortfolioRow#hasCurrentClassification()}). */
    public boolean hasCurrentClassification() {
        return tier != null && !tierStale;
    }
}

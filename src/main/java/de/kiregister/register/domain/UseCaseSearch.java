package de.kiregister.register.domain;

import java.util.UUID;

import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCaseFilter;
import org.jspecify.annotations.Nullable;

/**
 * A filtered, sorted page of the register. Page size is clamped and the sort key comes from a closed list, so
 * nothing a URL carries reaches the SQL text.
 */
public record UseCaseSearch(
        @Nullable String query,
        @Nullable Phase phase,
        @Nullable UUID departmentId,
        @Nullable StrategicGoal strategicGoal,
        @Nullable Horizon horizon,
        @Nullable Category category,
        @Nullable TierFilter tier,
        SortKey sort,
        boolean descending,
        int page,
        int size) {

    public static final int MAX_PAGE_SIZE = 100;

    public enum SortKey {
        RELEVANCE, REFERENCE, TITLE, DEPARTMENT, PHASE, PRIORITY, CHANGED
    }

    /** A risk tier, or "not classified yet" ({@code tier == null}). */
    public record TierFilter(@Nullable RiskTier tier) {

        public static final TierFilter UNCLASSIFIED = new TierFilter(null);

        /** The value in URLs and forms: the tier's name, or {@code NONE}. */
        public String code() {
            return tier == null ? "NONE" : tier.name();
        }
    }

    public UseCaseSearch {
        query = query == null || query.isBlank() ? null : query.strip();
        page = Math.max(0, page);
        size = Math.clamp(size, 1, MAX_PAGE_SIZE);
        if (sort == SortKey.RELEVANCE && query == null) {
            sort = SortKey.REFERENCE;
        }
    }

    /** The filter part, as other modules' lists use it. */
    public UseCaseFilter filter() {
        return new UseCaseFilter(query, phase, departmentId, strategicGoal, horizon, category,
                tier == null ? null : tier.tier(), tier != null && tier.tier() == null, null);
    }

    public UseCaseSearch withPage(int page, int size) {
        return new UseCaseSearch(query, phase, departmentId, strategicGoal, horizon, category, tier, sort,
                descending, page, size);
    }
}

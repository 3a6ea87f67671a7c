package de.kiregister.register.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.domain.UseCaseSearch;
import org.jspecify.annotations.Nullable;

/**
 * The list's query string as typed strings. Parsed leniently: an unknown filter value is ignored and a wild page
 * number is clamped, so a hand-edited URL shows a list instead of an error.
 */
record SearchParameters(@Nullable String q, @Nullable String phase, @Nullable String department,
        @Nullable String goal, @Nullable String horizon, @Nullable String category, @Nullable String tier,
        @Nullable String sort,
        @Nullable String dir, @Nullable String page, @Nullable String size) {

    static final int DEFAULT_PAGE_SIZE = 20;

    UseCaseSearch toSearch() {
        UseCaseSearch.SortKey sortKey = parse(UseCaseSearch.SortKey.class, sort)
                .orElse(q == null || q.isBlank() ? UseCaseSearch.SortKey.REFERENCE : UseCaseSearch.SortKey.RELEVANCE);
        return new UseCaseSearch(q, parse(Phase.class, phase).orElse(null), uuid(department),
                parse(StrategicGoal.class, goal).orElse(null), parse(Horizon.class, horizon).orElse(null),
                parse(Category.class, category).orElse(null), tierFilter(tier), sortKey, "desc".equalsIgnoreCase(dir),
                number(page, 0), number(size, DEFAULT_PAGE_SIZE));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip())).findFirst();
    }

    private static UseCaseSearch.@Nullable TierFilter tierFilter(@Nullable String value) {
        if (value != null && "NONE".equalsIgnoreCase(value.strip())) {
            return UseCaseSearch.TierFilter.UNCLASSIFIED;
        }
        return parse(RiskTier.class, value).map(UseCaseSearch.TierFilter::new).orElse(null);
    }

    private static int number(@Nullable String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

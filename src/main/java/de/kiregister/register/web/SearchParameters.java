package de.kiregister.register.web;

import java.util.Optional;

import de.kiregister.register.UseCaseFilter;
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
        UseCaseFilter filter = UseCaseFilter.parse(q, phase, department, goal, horizon, category, tier);
        return new UseCaseSearch(filter.query(), filter.phase(), filter.departmentId(), filter.strategicGoal(),
                filter.horizon(), filter.category(), tierFilter(filter), sortKey, "desc".equalsIgnoreCase(dir),
                number(page, 0), number(size, DEFAULT_PAGE_SIZE));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
        return UseCaseFilter.parse(type, value);
    }

    private static UseCaseSearch.@Nullable TierFilter tierFilter(UseCaseFilter filter) {
        if (filter.unclassified()) {
            return UseCaseSearch.TierFilter.UNCLASSIFIED;
        }
        return filter.tier() == null ? null : new UseCaseSearch.TierFilter(filter.tier());
    }

    private static int number(@Nullable String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

package de.kiregister.register.web;

import java.util.Optional;

import de.kiregister.register.UseCaseFilter;
import de.kiregister.register.domain.UseCaseSearch;
import de.kiregister.shared.web.QueryNumbers;
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
                QueryNumbers.orDefault(page, 0), QueryNumbers.orDefault(size, DEFAULT_PAGE_SIZE));
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
}

package de.kiregister.publication.web;

import java.util.Arrays;
import java.util.Optional;

import de.kiregister.publication.domain.PublicSearch;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.shared.web.QueryNumbers;
import org.jspecify.annotations.Nullable;

/**
 * The public list's query string as typed strings, parsed leniently: an unknown filter value is ignored, a page
 * that is no number or negative is the first, a wild page size is clamped (see {@link PublicSearch}). A URL
 * someone edited by hand shows a list, never an error.
 */
record PublicParameters(@Nullable String q, @Nullable String department, @Nullable String goal,
        @Nullable String tier, @Nullable String phase, @Nullable String page, @Nullable String size) {

    PublicSearch toSearch() {
        return new PublicSearch(q, department, parse(StrategicGoal.class, goal).orElse(null),
                parse(RiskTier.class, tier).orElse(null), parse(Phase.class, phase).orElse(null),
                QueryNumbers.orDefault(page, 0), QueryNumbers.orDefault(size, PublicSearch.DEFAULT_PAGE_SIZE));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst();
    }
}

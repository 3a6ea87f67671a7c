package de.kiregister.register;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which use cases a list shows: the filters of the register list, shared by the roadmap and the portfolio.
 * Every field is optional; {@code null} means "all".
 *
 * @param query German full-text search over title, summary, purpose and more
 * @param tier only use cases with this risk tier (ignored when {@code unclassified})
 * @param unclassified only use cases without a risk tier yet
 * @param ownerUsername only use cases this user is responsible for
 */
public record UseCaseFilter(@Nullable String query, @Nullable Phase phase, @Nullable UUID departmentId,
        @Nullable StrategicGoal strategicGoal, @Nullable Horizon horizon, @Nullable Category category,
        @Nullable RiskTier tier, boolean unclassified, @Nullable String ownerUsername) {

    public static final UseCaseFilter ALL = new UseCaseFilter(null, null, null, null, null, null, null, false, null);

    public UseCaseFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        if (unclassified) {
            tier = null;
        }
    }

    /**
     * The filter a query string describes, read leniently: an unknown value is ignored, so a hand-edited URL shows
     * a list instead of an error. {@code tier=NONE} means "not classified yet".
     */
    public static UseCaseFilter parse(@Nullable String query, @Nullable String phase, @Nullable String department,
            @Nullable String goal, @Nullable String horizon, @Nullable String category, @Nullable String tier) {
        boolean unclassified = tier != null && "NONE".equalsIgnoreCase(tier.strip());
        return new UseCaseFilter(query, parse(Phase.class, phase).orElse(null), uuid(department),
                parse(StrategicGoal.class, goal).orElse(null), parse(Horizon.class, horizon).orElse(null),
                parse(Category.class, category).orElse(null), parse(RiskTier.class, tier).orElse(null),
                unclassified, null);
    }

    public UseCaseFilter ownedBy(String username) {
        return new UseCaseFilter(query, phase, departmentId, strategicGoal, horizon, category, tier, unclassified,
                username);
    }

    /** The tier filter as it appears in URLs: the tier's name, {@code NONE} or null. */
    public @Nullable String tierCode() {
        return unclassified ? "NONE" : tier == null ? null : tier.name();
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst();
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

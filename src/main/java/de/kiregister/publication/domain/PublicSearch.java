package de.kiregister.publication.domain;

import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import org.jspecify.annotations.Nullable;

/**
 * A page of the public register. The query loses control characters and is cut to {@value #MAX_QUERY_LENGTH}
 * characters, the page size is
 * clamped to 1…{@value #MAX_PAGE_SIZE} and a negative page becomes the first: whatever a URL carries, the query
 * stays small and nothing of it reaches the SQL text.
 */
public record PublicSearch(@Nullable String query, @Nullable String departmentCode,
        @Nullable StrategicGoal strategicGoal, @Nullable RiskTier tier, @Nullable Phase phase, int page, int size) {

    public static final int MAX_PAGE_SIZE = 50;
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_QUERY_LENGTH = 200;

    public PublicSearch {
        query = text(query);
        departmentCode = text(departmentCode);
        page = Math.max(0, page);
        size = Math.clamp(size, 1, MAX_PAGE_SIZE);
    }

    public PublicSearch withPage(int page) {
        return new PublicSearch(query, departmentCode, strategicGoal, tier, phase, page, size);
    }

    /** Without control characters (PostgreSQL text cannot hold NUL), stripped, cut, null when empty. */
    private static @Nullable String text(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH).strip();
        }
        return text.isEmpty() ? null : text;
    }
}

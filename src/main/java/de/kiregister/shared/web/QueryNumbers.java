package de.kiregister.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * Numbers from a query string (page, page size) read leniently, as the lists read all their parameters: whatever
 * a hand-edited URL carries, the list is shown, never an error. The caller clamps the number to its range.
 */
public final class QueryNumbers {

    private QueryNumbers() {
    }

    /** The number, or {@code fallback} when the value is missing, blank or not an {@code int}. */
    public static int orDefault(@Nullable String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

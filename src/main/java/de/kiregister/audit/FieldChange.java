package de.kiregister.audit;

import org.jspecify.annotations.Nullable;

/** One property that changed in a revision, with its value before and after (null = empty). */
public record FieldChange(String field, @Nullable Object before, @Nullable Object after) {
}

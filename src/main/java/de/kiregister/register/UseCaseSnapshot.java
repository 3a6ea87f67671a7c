package de.kiregister.register;

import java.time.Instant;

/** The key facts of a use case other modules may show or check (ownership for rule 6 of product.md §5). */
public record UseCaseSnapshot(String reference, String title, Phase phase, String ownerUsername,
        String departmentName, String changedBy, Instant changedAt) {
}

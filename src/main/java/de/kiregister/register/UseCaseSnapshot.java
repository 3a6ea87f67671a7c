package de.kiregister.register;

import java.time.Instant;

/**
 * The key facts of a use case other modules may show or check (ownership for rule 6, docs/rules.md).
 *
 * @param materialFingerprint a hash over the material properties (purpose, category, vendor and model, automation
 *        level, affected groups, personal data, hosting): equal as long as nothing that could change the legal or
 *        staff-council view of the use case changed, so other modules can bind a review to what was reviewed
 */
public record UseCaseSnapshot(String reference, String title, String summary, String purpose, Phase phase,
        String ownerUsername, String departmentName, String changedBy, Instant changedAt,
        String materialFingerprint) {
}

package de.kiregister.classification;

import de.kiregister.register.RiskTier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A saved risk assessment of a use case, as other modules and the web layer see it (an immutable copy).
 *
 * @param id the assessment's id
 * @param reference the use case's reference code
 * @param catalogueVersion the catalogue version the answers were evaluated with
 * @param answers question id to answer, as saved
 * @param rationales question id to free-text rationale
 * @param result the evaluation exactly as computed when the assessment was saved
 * @param assessedBy username of the KI-Hub member who saved it
 * @param assessedAt when it was saved
 * @param supersededAt when a newer assessment replaced it; null while it is the current one
 * @param supersededBy the id of that newer assessment
 * @param staleSince when the use case changed materially after this assessment; null while it still fits
 * @param staleFields the material properties of the use case that changed since, e.g. {@code purpose}
 */
public record RecordedAssessment(UUID id, String reference, String catalogueVersion, Map<String, Object> answers,
        Map<String, String> rationales, EvaluationResult result, String assessedBy, Instant assessedAt,
        @Nullable Instant supersededAt, @Nullable UUID supersededBy, @Nullable Instant staleSince,
        List<String> staleFields) {

    public RecordedAssessment {
        answers = Map.copyOf(answers);
        rationales = Map.copyOf(rationales);
        staleFields = List.copyOf(staleFields);
    }

    public RiskTier outcome() {
        RiskTier outcome = result.outcome();
        if (outcome == null) {
            throw new IllegalStateException("a saved assessment always has an outcome");
        }
        return outcome;
    }

    /** Not superseded by a newer assessment. */
    public boolean isLatest() {
        return supersededAt == null;
    }

    /** The use case changed materially since: a re-assessment is required. */
    public boolean isStale() {
        return staleSince != null;
    }

    /** Latest and not stale: what rule 1 (docs/rules.md) calls a current assessment. */
    public boolean isValid() {
        return isLatest() && !isStale();
    }
}

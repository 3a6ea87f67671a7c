package de.kiregister.register;

import java.time.Instant;
import java.util.Map;

/**
 * The register's copy of each use case's priority score, written by the module that prioritises (roadmap). The
 * register list sorts by it without depending on that module, as with {@link RiskTiers} (ADR-012, ADR-016).
 */
public interface PriorityScores {

    /** Sets the scores (0–100) of these use cases by reference, in the caller's transaction. */
    void record(Map<String, Integer> scores, Instant computedAt);
}

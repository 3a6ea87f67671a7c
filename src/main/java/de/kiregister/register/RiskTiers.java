package de.kiregister.register;

import java.time.Instant;

/**
 * The register's copy of each use case's risk tier, written by the module that classifies. The register shows and
 * filters by it without depending on that module (classification depends on the register, not the other way round).
 * Callers write it in the same transaction as the assessment, so the list never disagrees with the dossier.
 */
public interface RiskTiers {

    /** The use case's current assessment now gives this tier (a new assessment, or the current one went stale). */
    void record(String reference, RiskTier tier, boolean stale, Instant assessedAt);
}

package de.kiregister.register;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The descriptive facts of a use case as other modules may read them for a publication or an export: what it is
 * for, where and how it runs, who is affected, and when its phase last changed. Deliberately without the owner,
 * costs, effort and the phase note, which stay internal.
 *
 * @param phaseSince when the use case entered its current phase (its registration while still an idea)
 * @param inUseSince when it first went into pilot or production; null if it never did
 * @param outOfUseSince when it was retired; null unless its phase is {@link Phase#RETIRED}
 */
public record UseCaseFacts(String reference, String title, String summary, String purpose,
        @Nullable String expectedBenefit, String departmentCode, String departmentName, StrategicGoal strategicGoal,
        Category category, Phase phase, @Nullable String vendor, @Nullable String product, Hosting hosting,
        @Nullable String gpaiModelName, @Nullable String gpaiModelProvider, PersonalData personalData,
        Set<AffectedGroup> affectedGroups, AutomationLevel automationLevel, @Nullable String humanOversight,
        @Nullable String legalBasis, Instant registeredAt, Instant changedAt, Instant phaseSince,
        @Nullable Instant inUseSince, @Nullable Instant outOfUseSince) {

    public UseCaseFacts {
        affectedGroups = Set.copyOf(affectedGroups);
    }
}

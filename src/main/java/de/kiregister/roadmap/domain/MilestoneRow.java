package de.kiregister.roadmap.domain;

import java.util.UUID;

import de.kiregister.roadmap.MilestoneType;
import org.jspecify.annotations.Nullable;

/** A milestone as lists read it (one SQL projection, no entity). */
public record MilestoneRow(UUID id, String reference, MilestoneType type, @Nullable String name,
        MilestonePlan plan) {
}

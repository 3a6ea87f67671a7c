package de.kiregister.register.domain;

import java.time.Instant;

import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Phase;
import de.kiregister.register.StrategicGoal;

/** One line of the register list and of the CSV export. */
public record UseCaseRow(String reference, String title, String summary, String department, Phase phase,
        StrategicGoal strategicGoal, Horizon horizon, Category category, String ownerUsername, Instant changedAt) {
}

package de.kiregister.publication.domain;

import java.time.Instant;

import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;

/** One line of the public register's list, read from the always shown columns of the latest version. */
public record PublicRow(String reference, String title, String summary, String departmentName,
        StrategicGoal strategicGoal, Phase phase, RiskTier tier, Instant publishedAt) {
}

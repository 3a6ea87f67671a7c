package de.kiregister.roadmap.domain;

import java.time.Instant;

/**
 * Someone saved the milestone or report in between: nothing was written. Carries who and when, so the form can
 * say it in German and keep the user's input (rule 8, docs/rules.md).
 */
public class ChangedConcurrently extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    public ChangedConcurrently(String changedBy, Instant changedAt, long currentVersion) {
        super("changed concurrently");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

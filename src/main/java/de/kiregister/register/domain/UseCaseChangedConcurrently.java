package de.kiregister.register.domain;

import java.time.Instant;

/** The user saved on top of a version someone else has changed meanwhile (no lost update, rule 8). */
public class UseCaseChangedConcurrently extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    UseCaseChangedConcurrently(String reference, String changedBy, Instant changedAt, long currentVersion) {
        super("use case " + reference + " changed concurrently");
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

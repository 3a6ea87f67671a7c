package de.kiregister.publication.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The record that a published version was taken off the public register: who, when and (internally) why. */
@Entity
@Immutable
@Table(name = "publication_withdrawal")
public class Withdrawal extends InsertOnlyRow {

    public static final int MAX_REASON_LENGTH = 1000;

    private UUID snapshotId;

    private Instant withdrawnAt;

    private String withdrawnBy;

    private String reason;

    protected Withdrawal() {
    }

    Withdrawal(Publication publication, String reason, String withdrawnBy, Instant withdrawnAt) {
        super(UUID.randomUUID());
        this.snapshotId = publication.id();
        this.reason = reason;
        this.withdrawnBy = withdrawnBy;
        this.withdrawnAt = withdrawnAt;
    }

    public UUID snapshotId() {
        return snapshotId;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** Internal. */
    public String withdrawnBy() {
        return withdrawnBy;
    }

    /** Internal: never shown publicly. */
    public String reason() {
        return reason;
    }
}

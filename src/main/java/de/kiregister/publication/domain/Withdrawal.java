package de.kiregister.publication.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** The record that a published version was taken off the public register: who, when and (internally) why. */
@Entity
@Immutable
@Table(name = "publication_withdrawal")
public class Withdrawal implements Persistable<UUID> {

    public static final int MAX_REASON_LENGTH = 1000;

    @Id
    private UUID id;

    private UUID snapshotId;

    private Instant withdrawnAt;

    private String withdrawnBy;

    private String reason;

    @Transient
    private boolean isNew;

    protected Withdrawal() {
    }

    Withdrawal(Publication publication, String reason, String withdrawnBy, Instant withdrawnAt) {
        this.id = UUID.randomUUID();
        this.snapshotId = publication.id();
        this.reason = reason;
        this.withdrawnBy = withdrawnBy;
        this.withdrawnAt = withdrawnAt;
        this.isNew = true;
    }

    @PostLoad
    void loaded() {
        this.isNew = false;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
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

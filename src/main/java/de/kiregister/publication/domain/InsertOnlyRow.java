package de.kiregister.publication.domain;

import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A row that is only ever inserted, with an id assigned by the application: new until loaded, so Spring Data
 * persists it with one insert instead of first looking for it (a merge).
 */
@MappedSuperclass
abstract class InsertOnlyRow implements Persistable<UUID> {

    @Id
    private UUID id;

    @Transient
    private boolean isNew;

    protected InsertOnlyRow() {
    }

    /** A new row with a fresh id. */
    InsertOnlyRow(UUID id) {
        this.id = id;
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

    public UUID id() {
        return id;
    }
}

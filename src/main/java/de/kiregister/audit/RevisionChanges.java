package de.kiregister.audit;

import java.time.Instant;
import java.util.List;

/** What one revision did to one entity. */
public record RevisionChanges(long revision, Instant changedAt, String username, Kind kind,
        List<FieldChange> changes) {

    public enum Kind {
        CREATED, MODIFIED, DELETED
    }

    public RevisionChanges {
        changes = List.copyOf(changes);
    }
}

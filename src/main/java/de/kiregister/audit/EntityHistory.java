package de.kiregister.audit;

import java.util.List;
import java.util.Set;

/** Field-level history of an audited entity, newest revision first. */
public interface EntityHistory {

    /**
     * @param ignoredFields technical properties (version, timestamps) that are not worth showing to people
     */
    List<RevisionChanges> historyOf(Class<?> entityType, Object id, Set<String> ignoredFields);
}

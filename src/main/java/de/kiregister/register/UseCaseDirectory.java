package de.kiregister.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to use cases for other modules, by reference code. */
public interface UseCaseDirectory {

    Optional<UseCaseSnapshot> findByReference(String reference);

    /**
     * The use cases with the given reference codes, in one query whatever their number (for pages that list
     * things of many use cases); unknown codes are left out, the order is by reference.
     */
    List<UseCaseSnapshot> findByReferences(Collection<String> references);

    /**
     * The descriptive facts of one use case, with the dates of its phase from the change history; for a single
     * page or a publication, not for lists (it reads the history of the use case).
     */
    Optional<UseCaseFacts> facts(String reference);

    /** Every use case, by reference; for small jobs such as demo data, not for pages. */
    List<UseCaseSnapshot> all();
}

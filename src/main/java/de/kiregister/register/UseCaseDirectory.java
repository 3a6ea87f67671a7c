package de.kiregister.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to use cases for other modules, by reference code. */
public interface UseCaseDirectory {

    Optional<UseCaseSnapshot> findByReference(String reference);

    /** The use cases with these references (unknown ones are left out), in one query; for lists of other modules. */
    List<UseCaseSnapshot> findByReferences(Collection<String> references);

    /** Every use case, by reference; for small jobs such as demo data, not for pages. */
    List<UseCaseSnapshot> all();
}

package de.kiregister.register;

import java.util.Optional;

/** Read access to use cases for other modules, by reference code. */
public interface UseCaseDirectory {

    Optional<UseCaseSnapshot> findByReference(String reference);
}

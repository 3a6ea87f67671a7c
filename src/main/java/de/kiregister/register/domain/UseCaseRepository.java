package de.kiregister.register.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UseCaseRepository extends JpaRepository<UseCase, UUID> {

    @EntityGraph(attributePaths = "department")
    Optional<UseCase> findByReference(String reference);

    @EntityGraph(attributePaths = "department")
    List<UseCase> findTop10ByOrderByChangedAtDesc();

    @EntityGraph(attributePaths = "department")
    List<UseCase> findByOwnerUsernameOrderByReferenceAsc(String ownerUsername);

    @EntityGraph(attributePaths = "department")
    List<UseCase> findAllByOrderByReferenceAsc();

    @EntityGraph(attributePaths = "department")
    List<UseCase> findByReferenceInOrderByReferenceAsc(Collection<String> references);

    long count();
}

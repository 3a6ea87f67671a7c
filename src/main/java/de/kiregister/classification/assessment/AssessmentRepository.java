package de.kiregister.classification.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    /** The latest one; the partial unique index guarantees there is at most one. */
    Optional<Assessment> findByUseCaseReferenceAndSupersededAtIsNull(String useCaseReference);

    List<Assessment> findByUseCaseReferenceInAndSupersededAtIsNull(Collection<String> useCaseReferences);

    List<Assessment> findByUseCaseReferenceOrderByAssessedAtDesc(String useCaseReference);
}

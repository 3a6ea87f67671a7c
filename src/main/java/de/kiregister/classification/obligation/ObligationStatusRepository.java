package de.kiregister.classification.obligation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObligationStatusRepository extends JpaRepository<ObligationStatus, UUID> {

    List<ObligationStatus> findByUseCaseReference(String useCaseReference);

    Optional<ObligationStatus> findByUseCaseReferenceAndObligationCode(String useCaseReference, String code);
}

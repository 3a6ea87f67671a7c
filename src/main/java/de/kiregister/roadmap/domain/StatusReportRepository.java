package de.kiregister.roadmap.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusReportRepository extends JpaRepository<StatusReport, UUID> {

    /** Current and superseded, newest month first, the current one before its predecessors. */
    List<StatusReport> findByUseCaseReferenceOrderByMonthDescReportedAtDesc(String useCaseReference);

    Optional<StatusReport> findByUseCaseReferenceAndMonthAndSupersededAtIsNull(String useCaseReference,
            LocalDate month);
}

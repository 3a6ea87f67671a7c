package de.kiregister.roadmap.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, UUID> {

    List<Milestone> findByUseCaseReferenceOrderByPlannedDateAsc(String useCaseReference);

    long count();
}

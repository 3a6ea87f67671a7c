package de.kiregister.roadmap.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PriorityWeightsRepository extends JpaRepository<PriorityWeights, Short> {
}

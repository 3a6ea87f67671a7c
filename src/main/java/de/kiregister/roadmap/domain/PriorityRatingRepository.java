package de.kiregister.roadmap.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PriorityRatingRepository extends JpaRepository<PriorityRating, String> {
}

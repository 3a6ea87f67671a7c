package de.kiregister.dialogue.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DialogueRoundRepository extends JpaRepository<DialogueRound, UUID> {

    @EntityGraph(attributePaths = "items")
    List<DialogueRound> findByUseCaseReferenceOrderByNumberDesc(String useCaseReference);

    @EntityGraph(attributePaths = "items")
    Optional<DialogueRound> findFirstByUseCaseReferenceOrderByNumberDesc(String useCaseReference);

    @Query("select i.round from DialogueItem i where i.id = :itemId")
    Optional<DialogueRound> findByItemId(UUID itemId);
}

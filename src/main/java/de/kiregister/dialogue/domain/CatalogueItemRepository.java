package de.kiregister.dialogue.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueItemRepository extends JpaRepository<CatalogueItem, UUID> {

    List<CatalogueItem> findAllByOrderByPartyAscPositionAsc();

    List<CatalogueItem> findByActiveTrueOrderByPartyAscPositionAsc();

    boolean existsByCode(String code);
}

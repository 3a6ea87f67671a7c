package de.kiregister.publication.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WithdrawalRepository extends JpaRepository<Withdrawal, UUID> {

    List<Withdrawal> findBySnapshotIdIn(Collection<UUID> snapshotIds);
}

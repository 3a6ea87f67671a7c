package de.kiregister.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByDirectoryIssuerAndDirectorySubject(String directoryIssuer, String directorySubject);

    List<UserAccount> findAllByOrderByDisplayNameAsc();
}

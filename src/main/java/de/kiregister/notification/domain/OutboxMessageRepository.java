package de.kiregister.notification.domain;

import java.time.Instant;
import java.util.UUID;

import de.kiregister.dialogue.Party;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, UUID> {

    boolean existsByKindAndPartyAndRecipientUsernameAndCreatedAtGreaterThanEqual(MessageKind kind, Party party,
            String recipientUsername, Instant since);
}

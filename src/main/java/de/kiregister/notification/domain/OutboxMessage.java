package de.kiregister.notification.domain;

import java.time.Instant;
import java.util.UUID;

import de.kiregister.dialogue.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail to one recipient, as it was written. Not audited: the outbox is itself the record, and it changes only
 * once, when the outcome of sending is known.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String recipientUsername;

    @Column(nullable = false, updatable = false)
    private String recipientEmail;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Party party;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private @Nullable Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    private @Nullable String error;

    protected OutboxMessage() {
    }

    /** A message not sent (yet): without an SMTP server that is also its final state. */
    OutboxMessage(MessageKind kind, Party party, String recipientUsername, String recipientEmail, String subject,
            String body, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.party = party;
        this.recipientUsername = recipientUsername;
        this.recipientEmail = recipientEmail;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.status = DeliveryStatus.NOT_SENT_NO_SMTP;
    }

    void sent(Instant at) {
        this.status = DeliveryStatus.SENT;
        this.sentAt = at;
        this.error = null;
    }

    /** @param reason a short exception class name, never a message text (server replies quote addresses) */
    void failed(String reason) {
        this.status = DeliveryStatus.FAILED;
        this.sentAt = null;
        this.error = reason;
    }

    public UUID id() {
        return id;
    }

    public String recipientUsername() {
        return recipientUsername;
    }

    public String recipientEmail() {
        return recipientEmail;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public MessageKind kind() {
        return kind;
    }

    public Party party() {
        return party;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant sentAt() {
        return sentAt;
    }

    public DeliveryStatus status() {
        return status;
    }

    public @Nullable String error() {
        return error;
    }
}

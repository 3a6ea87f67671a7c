package de.kiregister.dialogue.domain;

import java.time.Instant;
import java.util.UUID;

import de.kiregister.dialogue.Verdict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One decision on an item: who, when, what, and the content version of the use case it was made on. Never changed
 * after insert (rule 7, docs/rules.md); a later decision on the same item is a new row.
 */
@Entity
@Immutable
@Table(name = "dialogue_decision")
public class Decision {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private DialogueItem item;

    @Enumerated(EnumType.STRING)
    private Verdict kind;

    private @Nullable String text;
    private String decidedBy;
    private Instant decidedAt;
    private String contentVersion;

    protected Decision() {
    }

    Decision(DialogueItem item, Verdict kind, @Nullable String text, String decidedBy, Instant decidedAt,
            String contentVersion) {
        this.id = UUID.randomUUID();
        this.item = item;
        this.kind = kind;
        this.text = text;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.contentVersion = contentVersion;
    }

    public UUID id() {
        return id;
    }

    public Verdict kind() {
        return kind;
    }

    /** Conditions, question or reason; {@code null} for a plain approval. */
    public @Nullable String text() {
        return text;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String contentVersion() {
        return contentVersion;
    }

    /** The first twelve hex digits, as pages and the protocol show them. */
    public String shortContentVersion() {
        return contentVersion.substring(0, Math.min(12, contentVersion.length()));
    }
}

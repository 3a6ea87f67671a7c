package de.kiregister.dialogue.domain;

import java.time.Instant;
import java.util.UUID;

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

/** A message in an item's thread: a comment, or KI-Hub's answer to a Rückfrage. Append-only. */
@Entity
@Immutable
@Table(name = "dialogue_comment")
public class ItemComment {

    public enum Kind {
        COMMENT, ANSWER
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private DialogueItem item;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String author;
    private String text;
    private @Nullable String link;
    private Instant createdAt;

    protected ItemComment() {
    }

    ItemComment(DialogueItem item, Kind kind, String author, String text, @Nullable String link, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.item = item;
        this.kind = kind;
        this.author = author;
        this.text = text;
        this.link = link;
        this.createdAt = createdAt;
    }

    public Kind kind() {
        return kind;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public @Nullable String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

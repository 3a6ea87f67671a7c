package de.kiregister.dialogue.domain;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.kiregister.dialogue.ItemSource;
import de.kiregister.dialogue.Party;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the standard item catalogue: every new round gets one item per active entry. Changing an entry
 * changes future rounds only; the items of started rounds keep their own copy of title and description.
 */
@Entity
@Table(name = "dialogue_catalogue_item")
public class CatalogueItem {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Party party;

    private String code;
    private String title;
    private String description;
    private int position;
    private boolean active;

    /** An obligation code: the entry applies only when the current assessment derives it; null = always. */
    private @Nullable String requiredBy;

    /** Null until persisted, which tells Spring Data that an entry with its assigned id is new. */
    @Version
    private @Nullable Long version;

    protected CatalogueItem() {
    }

    CatalogueItem(Party party, String code, String title, String description, int position) {
        this.id = UUID.randomUUID();
        this.party = party;
        this.code = requiredText(code, "dialogue.catalogue.code.required").toUpperCase(Locale.ROOT);
        change(title, description, position, true);
    }

    void change(String title, String description, int position, boolean active) {
        this.title = requiredText(title, "dialogue.item.title.required");
        this.description = requiredText(description, "dialogue.catalogue.description.required");
        this.position = position;
        this.active = active;
    }

    private static String requiredText(@Nullable String text, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(key);
        }
        return text.strip();
    }

    DialogueRound.ItemTemplate template() {
        return new DialogueRound.ItemTemplate(party, code, title, description,
                requiredBy == null ? ItemSource.CATALOGUE : ItemSource.ASSESSMENT);
    }

    /** Whether a round of a use case whose current assessment derives these obligations gets this item. */
    boolean appliesTo(Set<String> obligationCodes) {
        return active && (requiredBy == null || obligationCodes.contains(requiredBy));
    }

    public @Nullable String requiredBy() {
        return requiredBy;
    }

    public UUID id() {
        return id;
    }

    public Party party() {
        return party;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}

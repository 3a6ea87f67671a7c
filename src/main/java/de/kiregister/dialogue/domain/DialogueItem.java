package de.kiregister.dialogue.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import de.kiregister.dialogue.ItemSource;
import de.kiregister.dialogue.ItemState;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.Verdict;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * An item (Prüfpunkt) of a round, owned by one party. Its state moves only through the methods below:
 * pending → decided (approved, approved with conditions, rejected) or → Rückfrage → answered → pending again; an
 * approval made on an outdated content version goes back to pending ("veraltet") until the party confirms it.
 */
@Entity
@Table(name = "dialogue_item")
public class DialogueItem {

    static final int MAX_TEXT = 4000;
    static final int MAX_TITLE = 200;
    private static final Pattern WEB_LINK = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private DialogueRound round;

    @Enumerated(EnumType.STRING)
    private Party party;

    private @Nullable String code;
    private String title;
    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    private ItemSource source;

    @Enumerated(EnumType.STRING)
    private ItemState state;

    private Instant pendingSince;
    private boolean stale;
    private int position;

    @Version
    private long version;

    // Batched: a tab of twenty items loads their decisions and threads in a few statements, not forty.
    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @BatchSize(size = 100)
    @OrderBy("decidedAt")
    private List<Decision> decisions = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @BatchSize(size = 100)
    @OrderBy("createdAt")
    private List<ItemComment> comments = new ArrayList<>();

    protected DialogueItem() {
    }

    DialogueItem(DialogueRound round, Party party, @Nullable String code, String title, @Nullable String description,
            ItemSource source, int position, Instant at) {
        this.id = UUID.randomUUID();
        this.round = round;
        this.party = party;
        this.code = code;
        this.title = required(title, "dialogue.item.title.required", MAX_TITLE);
        this.description = optional(description);
        this.source = source;
        this.state = ItemState.PENDING;
        this.pendingSince = at;
        this.position = position;
    }

    /** A decision by a member of the item's party; rule 6 (party, ownership) is checked by the caller. */
    void decide(Verdict verdict, @Nullable String text, String by, Instant at, String contentVersion) {
        if (state != ItemState.PENDING) {
            throw new DomainRuleViolation("dialogue.item.notPending");
        }
        String clean = optional(text);
        if (verdict.needsText() && clean == null) {
            throw new DomainRuleViolation("dialogue.decision.textRequired." + verdict.name());
        }
        decisions.add(new Decision(this, verdict, clean, by, at, contentVersion));
        state = verdict.result();
        stale = false;
        if (state == ItemState.QUESTION) {
            pendingSince = at;
        }
    }

    /** KI-Hub answers the party's Rückfrage; the item goes back to the party's inbox. */
    void answer(@Nullable String text, @Nullable String link, String by, Instant at) {
        if (state != ItemState.QUESTION) {
            throw new DomainRuleViolation("dialogue.item.noQuestion");
        }
        comments.add(new ItemComment(this, ItemComment.Kind.ANSWER, by,
                required(text, "dialogue.answer.required", MAX_TEXT), checkedLink(link), at));
        state = ItemState.PENDING;
        pendingSince = at;
    }

    void comment(@Nullable String text, @Nullable String link, String by, Instant at) {
        comments.add(new ItemComment(this, ItemComment.Kind.COMMENT, by,
                required(text, "dialogue.comment.required", MAX_TEXT), checkedLink(link), at));
    }

    /**
     * An approval made on another content version than the current one needs the party's confirmation: the item
     * is pending again and marked stale; the old decision stays in the history.
     *
     * @return whether the item went back to its party
     */
    boolean refreshAgainst(String currentContentVersion, Instant at) {
        if (!state.approved() || latestDecision().map(d -> d.contentVersion().equals(currentContentVersion))
                .orElse(true)) {
            return false;
        }
        state = ItemState.PENDING;
        stale = true;
        pendingSince = at;
        return true;
    }

    private static @Nullable String checkedLink(@Nullable String link) {
        String clean = optional(link);
        if (clean != null && (clean.length() > 1000 || !WEB_LINK.matcher(clean).matches())) {
            // Only web links: a "javascript:" link in a thread would run in the next reader's browser.
            throw new DomainRuleViolation("dialogue.link.invalid");
        }
        return clean;
    }

    private static String required(@Nullable String text, String messageKey, int max) {
        String clean = optional(text);
        if (clean == null) {
            throw new DomainRuleViolation(messageKey);
        }
        if (clean.length() > max) {
            throw new DomainRuleViolation("dialogue.text.tooLong", max);
        }
        return clean;
    }

    private static @Nullable String optional(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() > MAX_TEXT) {
            throw new DomainRuleViolation("dialogue.text.tooLong", MAX_TEXT);
        }
        return clean;
    }

    public Optional<Decision> latestDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.getLast());
    }

    public UUID id() {
        return id;
    }

    public DialogueRound round() {
        return round;
    }

    public Party party() {
        return party;
    }

    public @Nullable String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public @Nullable String description() {
        return description;
    }

    public ItemSource source() {
        return source;
    }

    public ItemState state() {
        return state;
    }

    public Instant pendingSince() {
        return pendingSince;
    }

    public boolean stale() {
        return stale;
    }

    public int position() {
        return position;
    }

    public long version() {
        return version;
    }

    public List<Decision> decisions() {
        return Collections.unmodifiableList(decisions);
    }

    public List<ItemComment> comments() {
        return Collections.unmodifiableList(comments);
    }
}

package de.kiregister.dialogue.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.kiregister.dialogue.ItemSource;
import de.kiregister.dialogue.ItemState;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.RoundStatus;
import de.kiregister.dialogue.Verdict;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One review round of a use case's Spezifikationsdialog with its items. The round's status follows its items:
 * complete when all are approved on the current content version, rejected (and closed for good) as soon as one
 * is rejected, open otherwise. A new round starts from the items of the rejected one.
 */
@Entity
@Table(name = "dialogue_round")
public class DialogueRound {

    /** What an item is made from: a catalogue entry, a requirement of the assessment, or KI-Hub's own item. */
    public record ItemTemplate(Party party, @Nullable String code, String title, @Nullable String description,
            ItemSource source) {
    }

    @Id
    private UUID id;

    private String useCaseReference;
    private int number;

    @Enumerated(EnumType.STRING)
    private RoundStatus status;

    private String startedBy;
    private Instant startedAt;
    private @Nullable Instant closedAt;

    /** Null until persisted, which tells Spring Data that a round with its assigned id is new. */
    @Version
    private @Nullable Long version;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL)
    private List<DialogueItem> items = new ArrayList<>();

    protected DialogueRound() {
    }

    private DialogueRound(String useCaseReference, int number, String startedBy, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.useCaseReference = useCaseReference;
        this.number = number;
        this.status = RoundStatus.OPEN;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /**
     * Starts round {@code previous + 1}. After a rejection the new round takes over the previous round's items
     * (fresh, undecided); templates whose code is already among them are not added twice.
     */
    static DialogueRound start(String reference, @Nullable DialogueRound previous, List<ItemTemplate> templates,
            String by, Instant at) {
        if (previous != null && previous.status != RoundStatus.REJECTED) {
            throw new DomainRuleViolation("dialogue.round.stillActive", previous.number);
        }
        DialogueRound round = new DialogueRound(reference, previous == null ? 1 : previous.number + 1, by, at);
        if (previous != null) {
            previous.items().forEach(i -> round.add(
                    new ItemTemplate(i.party(), i.code(), i.title(), i.description(), i.source()), at));
        }
        templates.forEach(t -> round.add(t, at));
        return round;
    }

    /** KI-Hub adds an item; a complete round is open again until the new item is approved. */
    DialogueItem addItem(ItemTemplate template, Instant at) {
        requireNotRejected();
        DialogueItem item = add(template, at);
        refreshStatus(at);
        return item;
    }

    /** Adds the templates not yet in the round (by code); returns the items added. */
    List<DialogueItem> addMissing(List<ItemTemplate> templates, Instant at) {
        if (status == RoundStatus.REJECTED) {
            return List.of();
        }
        int before = items.size();
        templates.forEach(t -> add(t, at));
        refreshStatus(at);
        return List.copyOf(items.subList(before, items.size()));
    }

    /**
     * A party member decides an item. {@code seenVersion} is the item version the member's page showed: a decision
     * on a state they did not see (someone decided meanwhile) is refused rather than silently replacing it.
     */
    void decide(UUID itemId, long seenVersion, Verdict verdict, @Nullable String text, String by, Instant at,
            String contentVersion) {
        requireNotRejected();
        DialogueItem item = item(itemId);
        if (item.version() != seenVersion) {
            throw new DomainRuleViolation("dialogue.item.changedMeanwhile");
        }
        item.decide(verdict, text, by, at, contentVersion);
        refreshStatus(at);
    }

    void answer(UUID itemId, @Nullable String text, @Nullable String link, String by, Instant at) {
        requireNotRejected();
        item(itemId).answer(text, link, by, at);
    }

    void comment(UUID itemId, @Nullable String text, @Nullable String link, String by, Instant at) {
        item(itemId).comment(text, link, by, at);
    }

    /** Sends approvals made on an older content version back to their parties; returns those items. */
    List<DialogueItem> refreshAgainst(String currentContentVersion, Instant at) {
        if (status == RoundStatus.REJECTED) {
            return List.of();
        }
        List<DialogueItem> back = items.stream().filter(i -> i.refreshAgainst(currentContentVersion, at)).toList();
        refreshStatus(at);
        return back;
    }

    private DialogueItem add(ItemTemplate template, Instant at) {
        if (template.code() != null && items.stream().anyMatch(i -> Objects.equals(i.code(), template.code()))) {
            return items.stream().filter(i -> Objects.equals(i.code(), template.code())).findFirst().orElseThrow();
        }
        int position = (int) items.stream().filter(i -> i.party() == template.party()).count() + 1;
        DialogueItem item = new DialogueItem(this, template.party(), template.code(), template.title(),
                template.description(), template.source(), position, at);
        items.add(item);
        return item;
    }

    private void refreshStatus(Instant at) {
        if (items.stream().anyMatch(i -> i.state() == ItemState.REJECTED)) {
            status = RoundStatus.REJECTED;
            closedAt = at;
        } else if (!items.isEmpty() && items.stream().allMatch(i -> i.state().approved())) {
            if (status != RoundStatus.COMPLETE) {
                closedAt = at;
            }
            status = RoundStatus.COMPLETE;
        } else {
            status = RoundStatus.OPEN;
            closedAt = null;
        }
    }

    private void requireNotRejected() {
        if (status == RoundStatus.REJECTED) {
            throw new DomainRuleViolation("dialogue.round.rejected", number);
        }
    }

    public DialogueItem item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("item " + itemId));
    }

    public boolean complete() {
        return status == RoundStatus.COMPLETE;
    }

    public boolean rejected() {
        return status == RoundStatus.REJECTED;
    }

    /** Whether every item's latest decision was made on this content version of the use case. */
    boolean decidedOn(String contentVersion) {
        return items.stream().allMatch(i -> i.latestDecision()
                .map(d -> d.contentVersion().equals(contentVersion)).orElse(false));
    }

    /** The conditions under which the parties approved, item by item (listed on the use case). */
    public List<DialogueItem> itemsWithConditions() {
        return sortedItems().stream().filter(i -> i.state() == ItemState.APPROVED_WITH_CONDITIONS).toList();
    }

    /** The party's items by position. */
    public List<DialogueItem> itemsOf(Party party) {
        return sortedItems().stream().filter(i -> i.party() == party).toList();
    }

    /** Items by party (Verwaltung, Personalrat, IT) and position. */
    public List<DialogueItem> sortedItems() {
        return items.stream()
                .sorted(Comparator.comparing(DialogueItem::party).thenComparing(DialogueItem::position))
                .toList();
    }

    public UUID id() {
        return id;
    }

    public String useCaseReference() {
        return useCaseReference;
    }

    public int number() {
        return number;
    }

    public RoundStatus status() {
        return status;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public List<DialogueItem> items() {
        return Collections.unmodifiableList(items);
    }
}

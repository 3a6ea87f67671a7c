package de.kiregister.dialogue.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.DerivedObligation;
import de.kiregister.dialogue.DialogueItemsPending;
import de.kiregister.dialogue.Dialogues;
import de.kiregister.dialogue.ItemSource;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.PendingAge;
import de.kiregister.dialogue.RoundStatus;
import de.kiregister.dialogue.Verdict;
import de.kiregister.dialogue.WaitingItem;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.Phase;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Spezifikationsdialog's use cases: KI-Hub starts rounds, adds items and answers Rückfragen; party members
 * decide their party's items; content changes send approvals back for confirmation. Roles are checked by method
 * security, rule 6 (own party, not one's own use case) here, before anything is written.
 */
@Service
@Transactional(readOnly = true)
public class DialogueService implements Dialogues {

    /** Phases in which a round can run: the dialogue itself, or a re-review of a system in pilot or production. */
    private static final Set<Phase> ROUND_PHASES = EnumSet.of(Phase.SPECIFICATION_DIALOGUE, Phase.PILOT,
            Phase.PRODUCTION);

    private final DialogueRoundRepository rounds;
    private final Inbox inbox;
    private final CatalogueItemRepository catalogue;
    private final ContentVersions contentVersions;
    private final UseCaseDirectory useCases;
    private final Assessments assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DialogueService(DialogueRoundRepository rounds, Inbox inbox, CatalogueItemRepository catalogue,
            ContentVersions contentVersions, UseCaseDirectory useCases, Assessments assessments,
            ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.inbox = inbox;
        this.catalogue = catalogue;
        this.contentVersions = contentVersions;
        this.useCases = useCases;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    /** Every round of the use case, latest first, with decisions and threads loaded for the page. */
    public List<DialogueRound> rounds(String reference) {
        List<DialogueRound> all = rounds.findByUseCaseReferenceOrderByNumberDesc(reference);
        // size() loads the lazy collections behind the read-only views (no open session while the page renders).
        all.forEach(round -> round.items().forEach(item -> {
            item.decisions().size();
            item.comments().size();
        }));
        return all;
    }

    public Optional<DialogueRound> latestRound(String reference) {
        return rounds.findFirstByUseCaseReferenceOrderByNumberDesc(reference);
    }

    public String contentVersion(String reference) {
        return contentVersions.current(reference);
    }

    @Override
    public Optional<RoundStatus> latestRoundStatus(String reference) {
        return latestRound(reference).map(DialogueRound::status);
    }

    @Override
    public Map<Party, Long> pendingItemsByParty() {
        return inbox.pendingByParty();
    }

    @Override
    public Map<Party, PendingAge> pendingAgesByParty() {
        return inbox.pendingAgesByParty();
    }

    @Override
    public List<WaitingItem> waitingSince(Instant cutoff) {
        return inbox.waitingSince(cutoff);
    }

    @PreAuthorize("hasRole('KI_HUB')")
    @Transactional
    public DialogueRound startRound(String reference) {
        UseCaseSnapshot useCase = useCase(reference);
        if (!ROUND_PHASES.contains(useCase.phase())) {
            throw new DomainRuleViolation("dialogue.round.wrongPhase");
        }
        DialogueRound previous = latestRound(reference).orElse(null);
        DialogueRound round = DialogueRound.start(reference, previous, requiredTemplates(reference), currentUser(),
                now());
        try {
            // A new aggregate (null version): persisted. The others below are managed; a flush writes them, where
            // save() would merge and trip over the queued additions of their lazy collections.
            rounds.saveAndFlush(round);
        } catch (DataIntegrityViolationException e) {
            // Someone started a round on the same use case at the same moment (unique index on the active round).
            throw new DomainRuleViolation("dialogue.round.startedMeanwhile");
        }
        announcePending(useCase, round.items());
        return round;
    }

    @PreAuthorize("hasRole('KI_HUB')")
    @Transactional
    public DialogueItem addItem(String reference, Party party, @Nullable String title,
            @Nullable String description) {
        UseCaseSnapshot useCase = useCase(reference);
        DialogueRound round = latestRound(reference)
                .orElseThrow(() -> new DomainRuleViolation("dialogue.round.none"));
        DialogueItem item = round.addItem(new DialogueRound.ItemTemplate(party, null, title == null ? "" : title,
                description, ItemSource.KI_HUB), now());
        rounds.flush();
        announcePending(useCase, List.of(item));
        return item;
    }

    /**
     * A member of the item's party decides it. Of two members deciding the same item at the same moment exactly
     * one succeeds; the other gets {@code dialogue.item.decidedMeanwhile} and nothing of theirs is stored.
     */
    @PreAuthorize("hasAnyRole('PERSONALRAT', 'IT', 'VERWALTUNG')")
    @Transactional
    public void decide(UUID itemId, long seenVersion, Verdict verdict, @Nullable String text) {
        DialogueRound round = roundOf(itemId);
        DialogueItem item = round.item(itemId);
        UseCaseSnapshot useCase = useCase(round.useCaseReference());
        requireMayDecide(item, useCase);
        round.decide(itemId, seenVersion, verdict, text, currentUser(), now(),
                contentVersions.of(useCase));
        try {
            rounds.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainRuleViolation("dialogue.item.changedMeanwhile");
        }
    }

    /** What the signed-in user may do in the use case's dialogue (for pages; the methods here enforce it). */
    public DialogueRights rights(UseCaseSnapshot useCase) {
        return DialogueRights.of(useCase.ownerUsername());
    }

    /** KI-Hub, a phase in which rounds run, and no round still running (open or complete). */
    public boolean mayStartRound(UseCaseSnapshot useCase) {
        return CurrentUser.hasRole(Role.KI_HUB) && ROUND_PHASES.contains(useCase.phase())
                && latestRound(useCase.reference()).map(DialogueRound::rejected).orElse(true);
    }

    @PreAuthorize("hasRole('KI_HUB')")
    @Transactional
    public void answer(UUID itemId, @Nullable String text, @Nullable String link) {
        DialogueRound round = roundOf(itemId);
        round.answer(itemId, text, link, currentUser(), now());
        try {
            rounds.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainRuleViolation("dialogue.item.changedMeanwhile");
        }
        announcePending(useCase(round.useCaseReference()), List.of(round.item(itemId)));
    }

    /** KI-Hub and the members of the item's party discuss in its thread. */
    @PreAuthorize("hasAnyRole('KI_HUB', 'PERSONALRAT', 'IT', 'VERWALTUNG')")
    @Transactional
    public void comment(UUID itemId, @Nullable String text, @Nullable String link) {
        DialogueRound round = roundOf(itemId);
        DialogueItem item = round.item(itemId);
        if (!rights(useCase(round.useCaseReference())).mayComment(item)) {
            throw new AccessDeniedException("comment on another party's item");
        }
        round.comment(itemId, text, link, currentUser(), now());
        rounds.flush();
    }

    /**
     * After a material change or a new assessment: approvals made on another content version go back to their
     * parties, and items the new assessment requires (rule 5) join the open round.
     */
    @Transactional
    public void refresh(String reference) {
        Optional<DialogueRound> latest = latestRound(reference);
        if (latest.isEmpty()) {
            return;
        }
        DialogueRound round = latest.get();
        Instant now = now();
        List<DialogueItem> added = round.addMissing(requiredTemplates(reference), now);
        List<DialogueItem> back = round.refreshAgainst(contentVersions.current(reference), now);
        if (added.isEmpty() && back.isEmpty()) {
            return;
        }
        rounds.flush();
        UseCaseSnapshot useCase = useCase(reference);
        announcePending(useCase, added);
        announcePending(useCase, back);
    }

    private void requireMayDecide(DialogueItem item, UseCaseSnapshot useCase) {
        if (!rights(useCase).mayDecideFor(item.party())) {
            throw new AccessDeniedException("item of another party, or on one's own use case");
        }
    }

    /** The active catalogue entries, and those the current assessment's obligations call for. */
    private List<DialogueRound.ItemTemplate> requiredTemplates(String reference) {
        Set<String> obligations = assessments.current(reference)
                .map(a -> a.result().obligations().stream().map(DerivedObligation::code)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        return catalogue.findByActiveTrueOrderByPartyAscPositionAsc().stream()
                .filter(entry -> entry.appliesTo(obligations))
                .map(CatalogueItem::template)
                .toList();
    }

    private void announcePending(UseCaseSnapshot useCase, List<DialogueItem> items) {
        items.stream().collect(Collectors.groupingBy(DialogueItem::party, () -> new EnumMap<>(Party.class),
                        Collectors.counting()))
                .forEach((party, count) -> events.publishEvent(
                        new DialogueItemsPending(useCase.reference(), useCase.title(), party, count.intValue())));
    }

    private DialogueRound roundOf(UUID itemId) {
        return rounds.findByItemId(itemId).orElseThrow(() -> new NotFoundException("item " + itemId));
    }

    private UseCaseSnapshot useCase(String reference) {
        return useCases.findByReference(reference).orElseThrow(() -> new NotFoundException("use case " + reference));
    }

    private static String currentUser() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; the same instant is then shown before and after a reload.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}

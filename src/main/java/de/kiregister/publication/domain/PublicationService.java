package de.kiregister.publication.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.RecordedAssessment;
import de.kiregister.classification.TrackedObligations;
import de.kiregister.identity.CurrentUser;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseFacts;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing use cases on the public register (KI-Hub only): a publication is an immutable, numbered snapshot of
 * the fields KI-Hub chose to show, with a reason for every withheld one; a withdrawal takes the latest version off
 * the register. Everything else in the application stays as it is: later edits of the use case reach the public
 * only when KI-Hub publishes again.
 */
@Service
@Transactional(readOnly = true)
public class PublicationService {

    /** Phases in which a use case is not in use, the only ones a prohibited practice may be published in. */
    private static final Set<Phase> NOT_IN_USE = Set.of(Phase.REJECTED, Phase.RETIRED);

    private final UseCaseDirectory useCases;
    private final Assessments assessments;
    private final TrackedObligations obligations;
    private final PublicationRepository publications;
    private final WithdrawalRepository withdrawals;
    private final Clock clock;

    PublicationService(UseCaseDirectory useCases, Assessments assessments, TrackedObligations obligations,
            PublicationRepository publications, WithdrawalRepository withdrawals, Clock clock) {
        this.useCases = useCases;
        this.assessments = assessments;
        this.obligations = obligations;
        this.publications = publications;
        this.withdrawals = withdrawals;
        this.clock = clock;
    }

    /**
     * Where a use case stands with publication, for KI-Hub's "Veröffentlichung" tab (internal data included).
     *
     * @param preview what a publication would show now with nothing withheld; null without an assessment
     * @param changedSincePublication a publication now, with the same fields withheld, would differ from the latest
     */
    public record Status(String reference, @Nullable Publication latest, boolean withdrawn,
            List<HistoryEntry> history, @Nullable String blocker, Object @Nullable [] blockerArguments,
            @Nullable PublishedContent preview, boolean changedSincePublication) {

        /** On the public register now. */
        public boolean published() {
            return latest != null && !withdrawn;
        }

        /** The version a new publication builds on (0 while never published): the form sends it back. */
        public int latestVersion() {
            return latest == null ? 0 : latest.version();
        }

        /** The withheld fields of the latest version: the default choices of the next one. */
        public Map<PublicField, String> withheld() {
            return latest == null ? Map.of() : latest.withheld();
        }
    }

    /** One published version, with its withdrawal if it was taken off (internal: names and reasons). */
    public record HistoryEntry(Publication publication, @Nullable Withdrawal withdrawal) {
    }

    @PreAuthorize("hasRole('KI_HUB')")
    public Status status(String reference) {
        UseCaseFacts facts = useCases.facts(reference)
                .orElseThrow(() -> new NotFoundException("use case " + reference));
        List<Publication> versions = publications.findByUseCaseReferenceOrderByVersionDesc(reference);
        Map<UUID, Withdrawal> withdrawn = withdrawals.findBySnapshotIdIn(versions.stream().map(Publication::id)
                .toList()).stream().collect(Collectors.toMap(Withdrawal::snapshotId, w -> w));
        Publication latest = versions.isEmpty() ? null : versions.getFirst();
        Optional<RecordedAssessment> assessment = assessments.current(reference);
        Optional<DomainRuleViolation> blocker = blocker(facts, assessment);
        var progress = obligations.progressOf(reference);
        PublishedContent preview = assessment.map(a -> PublishedContent.of(facts, a.outcome(), progress, Set.of()))
                .orElse(null);
        boolean changed = latest != null && assessment.isPresent() && !PublishedContent.of(facts,
                assessment.get().outcome(), progress, latest.withheld().keySet()).equals(latest.content());
        return new Status(reference, latest, latest != null && withdrawn.containsKey(latest.id()),
                versions.stream().map(p -> new HistoryEntry(p, withdrawn.get(p.id()))).toList(),
                blocker.map(DomainRuleViolation::messageKey).orElse(null),
                blocker.map(DomainRuleViolation::arguments).orElse(null), preview, changed);
    }

    /**
     * Publishes the use case's current facts as a new version, without the withheld fields.
     *
     * @param basedOnVersion the latest version the user saw (0: none); if another publication came in between,
     *        nothing is written
     * @param withheld the fields to withhold, each with the reason, which is shown publicly
     * @throws DomainRuleViolation without a current (latest, not stale) assessment, for a prohibited practice that
     *         is not rejected or retired, for a missing or too long reason, or when someone else published first
     */
    @PreAuthorize("hasRole('KI_HUB')")
    @Transactional
    public Publication publish(String reference, int basedOnVersion, Map<PublicField, String> withheld) {
        UseCaseFacts facts = useCases.facts(reference)
                .orElseThrow(() -> new NotFoundException("use case " + reference));
        Optional<RecordedAssessment> assessment = assessments.current(reference);
        blocker(facts, assessment).ifPresent(violation -> {
            throw violation;
        });
        Map<PublicField, String> reasons = reasons(withheld);
        List<Publication> versions = publications.findByUseCaseReferenceOrderByVersionDesc(reference);
        int latest = versions.isEmpty() ? 0 : versions.getFirst().version();
        if (latest != basedOnVersion) {
            throw new DomainRuleViolation("publication.changedConcurrently", reference);
        }
        RiskTier tier = assessment.orElseThrow().outcome();
        PublishedContent content = PublishedContent.of(facts, tier, obligations.progressOf(reference),
                reasons.keySet());
        Publication publication = new Publication(reference, latest + 1, content, reasons, currentUser(),
                Instant.now(clock));
        try {
            return publications.saveAndFlush(publication);
        } catch (DataIntegrityViolationException e) {
            // Someone published the same version number a moment earlier (unique reference and version).
            throw new DomainRuleViolation("publication.changedConcurrently", reference);
        }
    }

    /**
     * Takes the latest version off the public register; the page then says only that and when it was withdrawn.
     *
     * @param version the version the user saw, which must be the latest and still published
     * @param reason why (internal, required)
     */
    @PreAuthorize("hasRole('KI_HUB')")
    @Transactional
    public Withdrawal withdraw(String reference, int version, @Nullable String reason) {
        if (useCases.findByReference(reference).isEmpty()) {
            throw new NotFoundException("use case " + reference);
        }
        String text = clean(reason);
        if (text.isEmpty()) {
            throw new DomainRuleViolation("publication.withdraw.reasonRequired");
        }
        if (text.length() > Withdrawal.MAX_REASON_LENGTH) {
            throw new DomainRuleViolation("publication.withdraw.reasonTooLong", Withdrawal.MAX_REASON_LENGTH);
        }
        List<Publication> versions = publications.findByUseCaseReferenceOrderByVersionDesc(reference);
        if (versions.isEmpty()) {
            throw new DomainRuleViolation("publication.withdraw.notPublished");
        }
        Publication latest = versions.getFirst();
        if (latest.version() != version) {
            throw new DomainRuleViolation("publication.changedConcurrently", reference);
        }
        if (!withdrawals.findBySnapshotIdIn(List.of(latest.id())).isEmpty()) {
            throw new DomainRuleViolation("publication.withdraw.notPublished");
        }
        try {
            return withdrawals.saveAndFlush(new Withdrawal(latest, text, currentUser(), Instant.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw new DomainRuleViolation("publication.changedConcurrently", reference);
        }
    }

    /**
     * Why the use case cannot be published now (rule: a current classification, and a prohibited practice only as
     * not in use), as the violation {@link #publish} would throw.
     */
    private static Optional<DomainRuleViolation> blocker(UseCaseFacts facts,
            Optional<RecordedAssessment> assessment) {
        if (assessment.isEmpty()) {
            return Optional.of(new DomainRuleViolation("publication.notClassified"));
        }
        if (!assessment.get().isValid()) {
            return Optional.of(new DomainRuleViolation("publication.classificationStale"));
        }
        if (assessment.get().outcome() == RiskTier.PROHIBITED && !NOT_IN_USE.contains(facts.phase())) {
            return Optional.of(new DomainRuleViolation("publication.prohibited"));
        }
        return Optional.empty();
    }

    private static Map<PublicField, String> reasons(Map<PublicField, String> withheld) {
        Map<PublicField, String> reasons = new EnumMap<>(PublicField.class);
        withheld.forEach((field, reason) -> {
            String text = clean(reason);
            if (text.isEmpty()) {
                throw new DomainRuleViolation("publication.reason.required", field.name());
            }
            if (text.length() > Publication.MAX_REASON_LENGTH) {
                throw new DomainRuleViolation("publication.reason.tooLong", Publication.MAX_REASON_LENGTH);
            }
            reasons.put(field, text);
        });
        return reasons;
    }

    /** Stripped and without control characters but line breaks (PostgreSQL cannot store NUL in text or JSON). */
    private static String clean(@Nullable String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    }

    private static String currentUser() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}

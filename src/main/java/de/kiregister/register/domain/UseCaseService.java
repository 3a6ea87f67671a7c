package de.kiregister.register.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.kiregister.audit.EntityHistory;
import de.kiregister.audit.FieldChange;
import de.kiregister.audit.RevisionChanges;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.identity.UserDirectory;
import de.kiregister.register.Phase;
import de.kiregister.register.PhaseGuard;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseFactsChanged;
import de.kiregister.register.UseCaseFacts;
import de.kiregister.register.UseCaseMateriallyChanged;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application service of the register. Every write checks the role here (method security) and, where roles are
 * not enough, ownership; the web layer only hides buttons.
 */
@Service
@Transactional(readOnly = true)
public class UseCaseService implements UseCaseDirectory {

    private final UseCaseRepository useCases;
    private final DepartmentRepository departments;
    private final ReferenceCodeGenerator referenceCodes;
    private final UseCaseListQuery listQuery;
    private final UserDirectory userDirectory;
    private final ApplicationEventPublisher events;
    private final EntityHistory history;
    private final RiskTierProjection tiers;
    /** Looked up per call: the guards' modules read use cases through this service, a constructor cycle. */
    private final ObjectProvider<PhaseGuard> phaseGuards;

    UseCaseService(UseCaseRepository useCases, DepartmentRepository departments,
            ReferenceCodeGenerator referenceCodes, UseCaseListQuery listQuery, UserDirectory userDirectory,
            ApplicationEventPublisher events, EntityHistory history, RiskTierProjection tiers,
            ObjectProvider<PhaseGuard> phaseGuards) {
        this.useCases = useCases;
        this.departments = departments;
        this.referenceCodes = referenceCodes;
        this.listQuery = listQuery;
        this.userDirectory = userDirectory;
        this.events = events;
        this.history = history;
        this.tiers = tiers;
        this.phaseGuards = phaseGuards;
    }

    public UseCase byReference(String reference) {
        if (!ReferenceCode.isWellFormed(reference)) {
            throw new NotFoundException("use case " + reference);
        }
        return useCases.findByReference(reference).orElseThrow(() -> new NotFoundException("use case " + reference));
    }

    @Override
    public Optional<UseCaseSnapshot> findByReference(String reference) {
        return (ReferenceCode.isWellFormed(reference) ? useCases.findByReference(reference) : Optional.<UseCase>empty())
                .map(UseCaseService::snapshot);
    }

    @Override
    public List<UseCaseSnapshot> findByReferences(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return useCases.findByReferenceInOrderByReferenceAsc(Set.copyOf(references)).stream()
                .map(UseCaseService::snapshot).toList();
    }

    @Override
    public Optional<UseCaseFacts> facts(String reference) {
        return (ReferenceCode.isWellFormed(reference) ? useCases.findByReference(reference) : Optional.<UseCase>empty())
                .map(this::facts);
    }

    private UseCaseFacts facts(UseCase u) {
        // The phase is audited: its changes, oldest first, give the dates a reader asks for.
        Instant phaseSince = u.createdAt();
        Instant inUseSince = null;
        Instant outOfUseSince = null;
        for (RevisionChanges revision : history.historyOf(UseCase.class, u.id(), Set.of()).reversed()) {
            for (FieldChange change : revision.changes()) {
                if (!"phase".equals(change.field()) || !(change.after() instanceof Phase phase)) {
                    continue;
                }
                phaseSince = revision.changedAt();
                if (inUseSince == null && (phase == Phase.PILOT || phase == Phase.PRODUCTION)) {
                    inUseSince = revision.changedAt();
                }
                outOfUseSince = phase == Phase.RETIRED ? revision.changedAt() : null;
            }
        }
        UseCaseDetails d = u.details();
        return new UseCaseFacts(u.reference(), d.title(), d.summary(), d.purpose(), d.expectedBenefit(),
                u.department().code(), u.department().name(), d.strategicGoal(), d.category(), u.phase(), d.vendor(),
                d.product(), d.hosting(), d.gpaiModelName(), d.gpaiModelProvider(), d.personalData(),
                d.affectedGroups(), d.automationLevel(), d.humanOversight(), d.legalBasis(), u.createdAt(),
                u.changedAt(), phaseSince, inUseSince, outOfUseSince);
    }

    @Override
    public List<UseCaseSnapshot> all() {
        return useCases.findAllByOrderByReferenceAsc().stream().map(UseCaseService::snapshot).toList();
    }

    public Page<UseCaseRow> search(UseCaseSearch search) {
        return listQuery.page(search);
    }

    /** The tier the register shows for the use case; empty while it is not classified. */
    public Optional<CurrentTier> tierOf(String reference) {
        return tiers.of(reference);
    }

    public List<UseCase> recentlyChanged() {
        return useCases.findTop10ByOrderByChangedAtDesc();
    }

    public List<UseCase> ownedBy(String username) {
        return useCases.findByOwnerUsernameOrderByReferenceAsc(username);
    }

    /** Only KI-Hub registers use cases (rule 18, docs/rules.md). */
    @PreAuthorize("hasRole('KI_HUB')")
    @Transactional
    public UseCase register(UseCaseDetails details, UUID departmentId, String ownerUsername) {
        UseCase useCase = new UseCase(referenceCodes.next(), details, department(departmentId),
                existingOwner(ownerUsername));
        UseCase saved = useCases.save(useCase);
        events.publishEvent(new UseCaseFactsChanged(saved.reference()));
        return saved;
    }

    /**
     * Saves new facts on top of {@code expectedVersion}. If someone saved in between, nothing is written and
     * {@link UseCaseChangedConcurrently} tells who and when, so the form can show it with the user's input kept.
     */
    @PreAuthorize("hasAnyRole('KI_HUB', 'PROJECT_OWNER')")
    @Transactional
    public UseCase update(String reference, long expectedVersion, UseCaseDetails details, UUID departmentId,
            String ownerUsername) {
        UseCase useCase = byReference(reference);
        requireMayEdit(useCase);
        if (useCase.version() != expectedVersion) {
            throw new UseCaseChangedConcurrently(reference, useCase.changedBy(), useCase.changedAt(),
                    useCase.version());
        }
        if (!CurrentUser.hasRole(Role.KI_HUB) && !useCase.isOwnedBy(ownerUsername)) {
            // A project owner may edit the content, but hands a use case over only through KI-Hub.
            throw new AccessDeniedException("only KI-Hub changes the owner");
        }
        Set<String> material = useCase.details().materialDifferencesTo(details);
        // Handing over needs an active account; keeping an owner whose account was disabled since does not, or
        // no one could correct a use case of someone who left before KI-Hub names a successor.
        String owner = useCase.isOwnedBy(ownerUsername) ? ownerUsername : existingOwner(ownerUsername);
        useCase.describe(details, department(departmentId), owner);
        if (!material.isEmpty()) {
            events.publishEvent(new UseCaseMateriallyChanged(reference, material));
        }
        events.publishEvent(new UseCaseFactsChanged(reference));
        // Flush inside the transaction so a concurrent commit surfaces as an optimistic-lock failure here.
        useCases.saveAndFlush(useCase);
        return useCase;
    }

    @PreAuthorize("hasRole('KI_HUB')")
    @Transactional
    public UseCase changePhase(String reference, PhaseAction action, String reason) {
        UseCase useCase = byReference(reference);
        // Only a move the lifecycle allows is worth asking the release rules about.
        if (useCase.availableActions().contains(action)) {
            action.forwardTarget(useCase).ifPresent(target -> requireReleased(useCase, target));
        }
        action.applyTo(useCase, reason);
        return useCases.saveAndFlush(useCase);
    }

    private void requireReleased(UseCase useCase, Phase target) {
        UseCaseSnapshot snapshot = snapshot(useCase);
        for (PhaseGuard guard : phaseGuards.orderedStream().toList()) {
            guard.check(snapshot, target).ifPresent(block -> {
                throw new DomainRuleViolation(block.messageKey(), block.arguments());
            });
        }
    }

    private static UseCaseSnapshot snapshot(UseCase u) {
        return new UseCaseSnapshot(u.reference(), u.title(), u.details().summary(), u.details().purpose(), u.phase(),
                u.ownerUsername(), u.department().name(), u.changedBy(), u.changedAt(),
                u.details().materialFingerprint());
    }

    /** Whether the current user may edit the use case: KI-Hub always, a project owner only their own. */
    public boolean mayEdit(UseCase useCase) {
        return CurrentUser.hasRole(Role.KI_HUB) || (CurrentUser.hasRole(Role.PROJECT_OWNER)
                && CurrentUser.username().map(useCase::isOwnedBy).orElse(false));
    }

    private void requireMayEdit(UseCase useCase) {
        if (!mayEdit(useCase)) {
            throw new AccessDeniedException("not the owner of " + useCase.reference());
        }
    }

    private Department department(UUID departmentId) {
        return departments.findById(departmentId)
                .orElseThrow(() -> new DomainRuleViolation("usecase.department.unknown"));
    }

    private String existingOwner(String username) {
        return userDirectory.findByUsername(username)
                .filter(u -> u.enabled())
                .orElseThrow(() -> new DomainRuleViolation("usecase.owner.unknown", username))
                .username();
    }
}

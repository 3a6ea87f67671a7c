package de.kiregister.roadmap.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import de.kiregister.shared.web.DateFormatting;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestones of a use case. Project owners maintain those of their own use cases, KI-Hub all; only KI-Hub moves
 * a planned date (the baseline slip is measured against), everyone else moves the forecast.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final UseCaseAccess access;
    private final Clock clock;

    MilestoneService(MilestoneRepository milestones, UseCaseAccess access, Clock clock) {
        this.milestones = milestones;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What the edit form asks for.
     *
     * @param actual required when the status is erreicht
     * @param note required when the status is abgesagt (the reason)
     */
    public record Change(LocalDate planned, @Nullable LocalDate forecast, MilestoneStatus status,
            @Nullable LocalDate actual, @Nullable String note) {
    }

    public List<Milestone> of(String reference) {
        return milestones.findByUseCaseReferenceOrderByPlannedDateAsc(reference);
    }

    public Milestone byId(String reference, UUID id) {
        return milestones.findById(id).filter(m -> m.useCaseReference().equals(reference))
                .orElseThrow(() -> new NotFoundException("milestone " + id));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormatting.ZONE));
    }

    public boolean mayReplan() {
        return CurrentUser.hasRole(Role.KI_HUB);
    }

    @PreAuthorize("hasAnyRole('KI_HUB', 'PROJECT_OWNER')")
    @Transactional
    public Milestone create(String reference, MilestoneType type, @Nullable String name, LocalDate planned,
            @Nullable LocalDate forecast) {
        access.requireMayMaintain(reference);
        Milestone milestone = new Milestone(reference, type, name, planned);
        milestone.reforecast(forecast);
        return milestones.saveAndFlush(milestone);
    }

    /**
     * Applies the change on top of {@code expectedVersion}: plan (KI-Hub only), forecast, then the status move,
     * each through the milestone's guarded methods. A rule violation leaves everything as it was.
     *
     * @throws ChangedConcurrently when someone saved in between
     */
    @PreAuthorize("hasAnyRole('KI_HUB', 'PROJECT_OWNER')")
    @Transactional
    public Milestone update(String reference, UUID id, long expectedVersion, Change change) {
        access.requireMayMaintain(reference);
        Milestone milestone = byId(reference, id);
        if (milestone.version() != expectedVersion) {
            throw new ChangedConcurrently(milestone.changedBy(), milestone.changedAt(), milestone.version());
        }
        MilestoneStatus from = milestone.status();
        if (from.isOpen()) {
            if (!change.planned().equals(milestone.plannedDate())) {
                if (!mayReplan()) {
                    throw new DomainRuleViolation("milestone.replan.kiHubOnly");
                }
                milestone.replan(change.planned());
            }
            if (!Objects.equals(change.forecast(), milestone.forecastDate())) {
                milestone.reforecast(change.forecast());
            }
        } else if (!change.planned().equals(milestone.plannedDate())
                || (change.forecast() != null && !change.forecast().equals(milestone.forecastDate()))) {
            throw new DomainRuleViolation("milestone.closed");
        }
        if (change.status() != from) {
            switch (change.status()) {
                case IN_PROGRESS -> milestone.start();
                case DONE -> milestone.complete(Objects.requireNonNullElseGet(change.actual(), () -> {
                    throw new DomainRuleViolation("milestone.actual.required");
                }), today());
                case CANCELLED -> milestone.cancel(change.note());
                case PLANNED -> throw new DomainRuleViolation("milestone.status.illegal", from);
            }
        }
        if (change.status() != MilestoneStatus.CANCELLED) {
            milestone.annotate(change.note());
        }
        return milestones.saveAndFlush(milestone);
    }
}

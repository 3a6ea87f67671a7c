package de.kiregister.register.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.Phase;
import de.kiregister.register.StrategicGoal;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.springframework.util.Assert;

/**
 * An AI use case (KI-Anwendungsfall), the aggregate root of the register.
 *
 * <p>The lifecycle moves only through the intention-revealing methods below; each checks that the move is legal
 * from the current phase and throws a {@link DomainRuleViolation} naming the rule otherwise. There is no
 * phase setter on purpose.
 */
@Entity
@Table(name = "use_case")
@Audited
@EntityListeners(AuditingEntityListener.class)
public class UseCase {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    private String title;
    private String summary;
    private String purpose;
    private @Nullable String expectedBenefit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.AUDITED)
    private Department department;

    private String ownerUsername;

    @Enumerated(EnumType.STRING)
    private StrategicGoal strategicGoal;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    private @Nullable Phase phaseBeforeDeferral;

    /** Why the use case was deferred, rejected or retired. */
    private @Nullable String phaseNote;

    @Enumerated(EnumType.STRING)
    private Horizon horizon;

    private @Nullable String vendor;
    private @Nullable String product;

    @Enumerated(EnumType.STRING)
    private Hosting hosting;

    private @Nullable String gpaiModelName;
    private @Nullable String gpaiModelProvider;

    @Enumerated(EnumType.STRING)
    private PersonalData personalData;

    @Convert(converter = AffectedGroupsConverter.class)
    private Set<AffectedGroup> affectedGroups = Set.of();

    @Enumerated(EnumType.STRING)
    private AutomationLevel automationLevel;

    private @Nullable String humanOversight;
    private @Nullable String legalBasis;
    private @Nullable BigDecimal oneOffCost;
    private @Nullable BigDecimal yearlyCost;
    private @Nullable Integer personDays;
    private @Nullable Integer hoursSavedPerYear;

    @Version
    @NotAudited
    private long version;

    @CreatedDate
    @NotAudited
    private Instant createdAt;

    @CreatedBy
    @NotAudited
    private String createdBy;

    @LastModifiedDate
    @NotAudited
    private Instant changedAt;

    @LastModifiedBy
    @NotAudited
    private String changedBy;

    protected UseCase() {
    }

    /** Registers a new use case in phase Idee. */
    public UseCase(ReferenceCode reference, UseCaseDetails details, Department department, String ownerUsername) {
        this.id = UUID.randomUUID();
        this.reference = reference.value();
        this.phase = Phase.IDEA;
        describe(details, department, ownerUsername);
    }

    /** Replaces the descriptive facts. Allowed in every phase: the register must stay true. */
    public void describe(UseCaseDetails details, Department department, String ownerUsername) {
        Assert.hasText(ownerUsername, "owner must not be empty");
        if (!department.active() && (this.department == null || !this.department.id().equals(department.id()))) {
            throw new DomainRuleViolation("usecase.department.inactive", department.name());
        }
        this.title = details.title();
        this.summary = details.summary();
        this.purpose = details.purpose();
        this.expectedBenefit = details.expectedBenefit();
        this.strategicGoal = details.strategicGoal();
        this.category = details.category();
        this.horizon = details.horizon();
        this.vendor = details.vendor();
        this.product = details.product();
        this.hosting = details.hosting();
        this.gpaiModelName = details.gpaiModelName();
        this.gpaiModelProvider = details.gpaiModelProvider();
        this.personalData = details.personalData();
        this.affectedGroups = details.affectedGroups();
        this.automationLevel = details.automationLevel();
        this.humanOversight = details.humanOversight();
        this.legalBasis = details.legalBasis();
        this.oneOffCost = details.oneOffCost();
        this.yearlyCost = details.yearlyCost();
        this.personDays = details.personDays();
        this.hoursSavedPerYear = details.hoursSavedPerYear();
        this.department = department;
        this.ownerUsername = ownerUsername;
    }

    // --- lifecycle -------------------------------------------------------------------------------------------

    /** Idee → Machbarkeitsprüfung. */
    public void startFeasibilityStudy() {
        requirePhase(PhaseAction.START_FEASIBILITY);
        this.phase = Phase.FEASIBILITY;
    }

    /** Machbarkeitsprüfung → Spezifikationsdialog. */
    public void startSpecificationDialogue() {
        requirePhase(PhaseAction.START_DIALOGUE);
        this.phase = Phase.SPECIFICATION_DIALOGUE;
    }

    /** Spezifikationsdialog → Pilot. Release rules of later modules (assessment, dialogue) are checked before. */
    public void startPilot() {
        requirePhase(PhaseAction.START_PILOT);
        this.phase = Phase.PILOT;
    }

    /** Pilot (or directly after the Spezifikationsdialog) → Produktivbetrieb. */
    public void goLive() {
        requirePhase(PhaseAction.GO_LIVE);
        this.phase = Phase.PRODUCTION;
    }

    /** Pilot or Produktivbetrieb → Außerbetriebnahme. */
    public void retire(String reason) {
        requirePhase(PhaseAction.RETIRE);
        this.phaseNote = requireReason(reason);
        this.phase = Phase.RETIRED;
    }

    /** Side exit: put on hold; {@link #resume()} returns to the phase it was deferred from. */
    public void defer(String reason) {
        requirePhase(PhaseAction.DEFER);
        this.phaseNote = requireReason(reason);
        this.phaseBeforeDeferral = this.phase;
        this.phase = Phase.DEFERRED;
    }

    public void resume() {
        requirePhase(PhaseAction.RESUME);
        this.phase = phaseAfterResume();
        this.phaseBeforeDeferral = null;
        this.phaseNote = null;
    }

    Phase phaseAfterResume() {
        return phaseBeforeDeferral == null ? Phase.IDEA : phaseBeforeDeferral;
    }

    /** Side exit before anything runs: the idea is not pursued. Final. */
    public void reject(String reason) {
        requirePhase(PhaseAction.REJECT);
        this.phaseNote = requireReason(reason);
        this.phase = Phase.REJECTED;
    }

    /** The moves that are legal from the current phase, in the order a user would expect them. */
    public Set<PhaseAction> availableActions() {
        Set<PhaseAction> actions = EnumSet.noneOf(PhaseAction.class);
        for (PhaseAction action : PhaseAction.values()) {
            if (action.allowedFrom().contains(phase)) {
                actions.add(action);
            }
        }
        return actions;
    }

    private void requirePhase(PhaseAction action) {
        if (!action.allowedFrom().contains(phase)) {
            throw new DomainRuleViolation("usecase.phase.illegal", action, phase);
        }
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("usecase.phase.reasonRequired");
        }
        return reason.strip();
    }

    // --- read access -----------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public boolean isOwnedBy(String username) {
        return ownerUsername.equals(username);
    }

    public UseCaseDetails details() {
        return new UseCaseDetails(title, summary, purpose, expectedBenefit, strategicGoal, category, horizon, vendor,
                product, hosting, gpaiModelName, gpaiModelProvider, personalData, affectedGroups, automationLevel,
                humanOversight, legalBasis, oneOffCost, yearlyCost, personDays, hoursSavedPerYear);
    }

    public String title() {
        return title;
    }

    public Department department() {
        return department;
    }

    public String ownerUsername() {
        return ownerUsername;
    }

    public Phase phase() {
        return phase;
    }

    public @Nullable String phaseNote() {
        return phaseNote;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}

package de.kiregister.roadmap.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A milestone (Meilenstein) of a use case, its own small aggregate. The planned date is the baseline; people move
 * the forecast, and the status only through the guarded methods below (no status setter).
 */
@Entity
@Table(name = "milestone")
@Audited
@EntityListeners(AuditingEntityListener.class)
public class Milestone {

    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 2000;

    @Id
    private UUID id;

    @Column(updatable = false)
    private String useCaseReference;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private MilestoneType type;

    private @Nullable String name;
    private LocalDate plannedDate;
    private @Nullable LocalDate forecastDate;
    private @Nullable LocalDate actualDate;

    @Enumerated(EnumType.STRING)
    private MilestoneStatus status;

    private @Nullable String note;

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

    protected Milestone() {
    }

    /** A new milestone, planned for {@code planned}; a custom one needs a name. */
    public Milestone(String useCaseReference, MilestoneType type, @Nullable String name, LocalDate planned) {
        this.id = UUID.randomUUID();
        this.useCaseReference = useCaseReference;
        this.type = type;
        this.name = text(name, MAX_NAME, "milestone.name.tooLong");
        if (type == MilestoneType.CUSTOM && this.name == null) {
            throw new DomainRuleViolation("milestone.name.required");
        }
        this.plannedDate = planned;
        this.status = MilestoneStatus.PLANNED;
    }

    /** A new expectation; {@code null} or the planned date: "as planned". Only while open. */
    public void reforecast(@Nullable LocalDate forecast) {
        requireOpen();
        this.forecastDate = forecast == null || forecast.equals(plannedDate) ? null : forecast;
    }

    /** Moves the baseline itself (re-planning, KI-Hub's decision); the forecast stays as it is. Only while open. */
    public void replan(LocalDate planned) {
        requireOpen();
        this.plannedDate = planned;
        if (planned.equals(forecastDate)) {
            this.forecastDate = null;
        }
    }

    /** Geplant → in Arbeit. */
    public void start() {
        if (status != MilestoneStatus.PLANNED) {
            throw new DomainRuleViolation("milestone.status.illegal", status);
        }
        this.status = MilestoneStatus.IN_PROGRESS;
    }

    /** Reached on {@code actual}, which cannot lie in the future. */
    public void complete(LocalDate actual, LocalDate today) {
        requireOpen();
        if (actual.isAfter(today)) {
            throw new DomainRuleViolation("milestone.actual.future");
        }
        this.actualDate = actual;
        this.forecastDate = null;
        this.status = MilestoneStatus.DONE;
    }

    /** Will not happen; the reason is kept as the note. */
    public void cancel(@Nullable String reason) {
        requireOpen();
        String why = text(reason, MAX_NOTE, "milestone.note.tooLong");
        if (why == null) {
            throw new DomainRuleViolation("milestone.cancel.reasonRequired");
        }
        this.note = why;
        this.status = MilestoneStatus.CANCELLED;
    }

    public void annotate(@Nullable String note) {
        this.note = text(note, MAX_NOTE, "milestone.note.tooLong");
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new DomainRuleViolation("milestone.closed");
        }
    }

    private static @Nullable String text(@Nullable String value, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new DomainRuleViolation(tooLongKey, max);
        }
        return stripped;
    }

    public MilestonePlan plan() {
        return new MilestonePlan(plannedDate, forecastDate, actualDate, status);
    }

    public UUID id() {
        return id;
    }

    public String useCaseReference() {
        return useCaseReference;
    }

    public MilestoneType type() {
        return type;
    }

    public @Nullable String name() {
        return name;
    }

    public LocalDate plannedDate() {
        return plannedDate;
    }

    public @Nullable LocalDate forecastDate() {
        return forecastDate;
    }

    public @Nullable LocalDate actualDate() {
        return actualDate;
    }

    public MilestoneStatus status() {
        return status;
    }

    public @Nullable String note() {
        return note;
    }

    public long version() {
        return version;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}

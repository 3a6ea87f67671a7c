package de.kiregister.classification.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import de.kiregister.classification.ObligationState;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** The tracked state of one obligation of one use case; every change is kept by Envers. */
@Entity
@Table(name = "obligation_status")
@Audited
public class ObligationStatus {

    static final int MAX_TEXT = 2000;

    @Id
    private UUID id;

    @Column(updatable = false)
    private String useCaseReference;

    @Column(updatable = false)
    private String obligationCode;

    @Enumerated(EnumType.STRING)
    private ObligationState status;

    private @Nullable String reason;
    private @Nullable String evidence;
    private @Nullable LocalDate dueDate;
    private String changedBy;

    @NotAudited
    private Instant changedAt;

    @Version
    @NotAudited
    private long version;

    protected ObligationStatus() {
    }

    ObligationStatus(String useCaseReference, String obligationCode) {
        this.id = UUID.randomUUID();
        this.useCaseReference = useCaseReference;
        this.obligationCode = obligationCode;
        this.status = ObligationState.OPEN;
    }

    /**
     * Records the new state. "Nicht anwendbar" needs a reason; the evidence note or link is kept for every state.
     */
    void record(ObligationState state, @Nullable String reason, @Nullable String evidence,
            @Nullable LocalDate dueDate, String by, Instant at) {
        String cleanReason = blankToNull(reason);
        if (state == ObligationState.NOT_APPLICABLE && cleanReason == null) {
            throw new DomainRuleViolation("obligation.reason.required");
        }
        this.status = state;
        this.reason = state == ObligationState.NOT_APPLICABLE ? cleanReason : null;
        this.evidence = blankToNull(evidence);
        this.dueDate = dueDate;
        this.changedBy = by;
        this.changedAt = at;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new DomainRuleViolation("obligation.text.tooLong", MAX_TEXT);
        }
        return stripped;
    }

    public String obligationCode() {
        return obligationCode;
    }

    public ObligationState status() {
        return status;
    }

    public @Nullable String reason() {
        return reason;
    }

    public @Nullable String evidence() {
        return evidence;
    }

    public @Nullable LocalDate dueDate() {
        return dueDate;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}

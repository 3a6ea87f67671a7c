package de.kiregister.roadmap.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** KI-Hub's judgement of a use case's strategic fit and reuse potential (1–5 each). */
@Entity
@Table(name = "priority_rating")
@Audited
@EntityListeners(AuditingEntityListener.class)
public class PriorityRating {

    @Id
    @Column(updatable = false)
    private String useCaseReference;

    private int strategicFit;
    @Column(name = "reuse_potential")
    private int reuse;

    @Version
    @NotAudited
    private long version;

    @LastModifiedDate
    @NotAudited
    private Instant changedAt;

    @LastModifiedBy
    @NotAudited
    private String changedBy;

    protected PriorityRating() {
    }

    PriorityRating(String useCaseReference) {
        this.useCaseReference = useCaseReference;
        this.strategicFit = PriorityScore.NEUTRAL;
        this.reuse = PriorityScore.NEUTRAL;
    }

    void rate(int strategicFit, int reuse) {
        // The criteria record checks the range.
        new PriorityScore.Criteria(strategicFit, 1, 1, 1, reuse);
        this.strategicFit = strategicFit;
        this.reuse = reuse;
    }

    public String useCaseReference() {
        return useCaseReference;
    }

    public int strategicFit() {
        return strategicFit;
    }

    public int reuse() {
        return reuse;
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

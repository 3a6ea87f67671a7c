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

/** The weights of the prioritisation criteria, kept by ADMIN; exactly one row (migration V11). */
@Entity
@Table(name = "priority_weights")
@Audited
@EntityListeners(AuditingEntityListener.class)
public class PriorityWeights {

    static final short ID = 1;

    @Id
    private short id;

    private int strategicFit;
    private int benefit;
    private int effort;
    private int risk;
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

    protected PriorityWeights() {
    }

    public PriorityScore.Weights weights() {
        return new PriorityScore.Weights(strategicFit, benefit, effort, risk, reuse);
    }

    void change(PriorityScore.Weights weights) {
        this.strategicFit = weights.strategicFit();
        this.benefit = weights.benefit();
        this.effort = weights.effort();
        this.risk = weights.risk();
        this.reuse = weights.reuse();
    }

    public long version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}

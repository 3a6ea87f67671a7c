package de.kiregister.roadmap.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import de.kiregister.roadmap.TrafficLight;
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

/**
 * A monthly status report (PPM). Append-only: a report is never edited; a correction is a new report for the
 * same month that supersedes this one (rules 7 and 29, docs/rules.md). One current report per use case and month.
 */
@Entity
@Table(name = "status_report")
@Audited
public class StatusReport {

    @Id
    private UUID id;

    @Column(updatable = false)
    private String useCaseReference;

    /** The first day of the reported month. */
    @Column(updatable = false)
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private TrafficLight trafficLight;

    @Column(updatable = false)
    private int progress;

    @Column(updatable = false)
    private String summary;

    @Column(updatable = false)
    private @Nullable String risks;

    @Column(updatable = false)
    private @Nullable String nextSteps;

    @Column(updatable = false)
    private String reportedBy;

    @Column(updatable = false)
    private Instant reportedAt;

    /** The report this one corrects. */
    @Column(updatable = false)
    private @Nullable UUID corrects;

    private @Nullable Instant supersededAt;

    @Version
    @NotAudited
    private long version;

    protected StatusReport() {
    }

    public StatusReport(String useCaseReference, YearMonth month, ReportContent content, String reportedBy,
            Instant reportedAt) {
        this(useCaseReference, month, content, reportedBy, reportedAt, null);
    }

    private StatusReport(String useCaseReference, YearMonth month, ReportContent content, String reportedBy,
            Instant reportedAt, @Nullable UUID corrects) {
        this.id = UUID.randomUUID();
        this.useCaseReference = useCaseReference;
        this.month = month.atDay(1);
        this.trafficLight = content.trafficLight();
        this.progress = content.progress();
        this.summary = content.summary();
        this.risks = content.risks();
        this.nextSteps = content.nextSteps();
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.corrects = corrects;
    }

    /** Supersedes this report with a corrected one for the same month, which is returned (to be saved). */
    public StatusReport correct(ReportContent content, String reportedBy, Instant reportedAt) {
        if (supersededAt != null) {
            throw new DomainRuleViolation("report.alreadyCorrected");
        }
        this.supersededAt = reportedAt;
        return new StatusReport(useCaseReference, month(), content, reportedBy, reportedAt, id);
    }

    public UUID id() {
        return id;
    }

    public String useCaseReference() {
        return useCaseReference;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public ReportContent content() {
        return new ReportContent(trafficLight, progress, summary, risks, nextSteps);
    }

    public TrafficLight trafficLight() {
        return trafficLight;
    }

    public int progress() {
        return progress;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public @Nullable UUID corrects() {
        return corrects;
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    public @Nullable Instant supersededAt() {
        return supersededAt;
    }

    public long version() {
        return version;
    }
}

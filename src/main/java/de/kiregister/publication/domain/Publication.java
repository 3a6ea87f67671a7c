package de.kiregister.publication.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.util.Assert;

/**
 * One published version of a use case: the content KI-Hub chose to show and the reasons for what it withheld, who
 * published it and when. Immutable: a correction is a new version, a withdrawal a {@link Withdrawal} of its own.
 */
@Entity
@Immutable
@Table(name = "publication_snapshot")
public class Publication extends InsertOnlyRow {

    /** Longest reason accepted for withholding a field (it is shown publicly, next to the field). */
    public static final int MAX_REASON_LENGTH = 500;

    @Column(name = "use_case_reference")
    private String useCaseReference;

    private int version;

    private Instant publishedAt;

    private String publishedBy;

    private String title;

    private String summary;

    private String departmentCode;

    private String departmentName;

    @Enumerated(EnumType.STRING)
    private StrategicGoal strategicGoal;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    private RiskTier tier;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private PublishedContent content;

    /** Field name to reason; names rather than enum keys keep the JSON plain. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private Map<String, String> withheld;

    protected Publication() {
    }

    Publication(String useCaseReference, int version, PublishedContent content, Map<PublicField, String> withheld,
            String publishedBy, Instant publishedAt) {
        super(UUID.randomUUID());
        Assert.isTrue(version > 0, "versions start at 1");
        this.useCaseReference = useCaseReference;
        this.version = version;
        this.content = content;
        this.withheld = new LinkedHashMap<>();
        withheld.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> this.withheld.put(e.getKey().name(), e.getValue()));
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.title = content.title();
        this.summary = content.summary();
        this.departmentCode = content.departmentCode();
        this.departmentName = content.departmentName();
        this.strategicGoal = content.strategicGoal();
        this.phase = content.phase();
        this.tier = content.tier();
    }

    public String reference() {
        return useCaseReference;
    }

    public int version() {
        return version;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** Internal: the KI-Hub member who published. Never part of anything public. */
    public String publishedBy() {
        return publishedBy;
    }

    public PublishedContent content() {
        return content;
    }

    /** The withheld fields with their reasons, in the order of {@link PublicField}. */
    public Map<PublicField, String> withheld() {
        Map<PublicField, String> fields = new EnumMap<>(PublicField.class);
        withheld.forEach((name, reason) -> fields.put(PublicField.valueOf(name), reason));
        return fields;
    }
}

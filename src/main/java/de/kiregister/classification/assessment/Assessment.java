package de.kiregister.classification.assessment;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import de.kiregister.classification.EvaluationResult;
import de.kiregister.register.RiskTier;
import de.kiregister.classification.RecordedAssessment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One saved risk assessment of a use case. Append-only: what was answered, why, and what the catalogue version
 * made of it never changes after insert (the columns are not updatable and there are no setters). Only the
 * markers change: {@link #supersede} when a newer assessment is saved, {@link #markStale} when the use case
 * changed materially.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    static final String FIELD_SEPARATOR = ",";

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(name = "use_case_reference", nullable = false, updatable = false)
    private String useCaseReference;

    @Column(name = "catalogue_version", nullable = false, updatable = false)
    private String catalogueVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "answers", nullable = false, updatable = false, columnDefinition = "jsonb")
    private Map<String, Object> answers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rationales", nullable = false, updatable = false, columnDefinition = "jsonb")
    private Map<String, String> rationales;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private RiskTier outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "result", nullable = false, updatable = false, columnDefinition = "jsonb")
    private EvaluationResult result;

    @Column(name = "assessed_by", nullable = false, updatable = false)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;

    @Column(name = "superseded_at")
    private @Nullable Instant supersededAt;

    @Column(name = "superseded_by")
    private @Nullable UUID supersededBy;

    @Column(name = "stale_since")
    private @Nullable Instant staleSince;

    @Column(name = "stale_fields")
    private @Nullable String staleFields;

    protected Assessment() {
    }

    /**
     * @param result a complete evaluation of {@code answers} (it has an outcome)
     */
    public Assessment(String useCaseReference, Map<String, Object> answers, Map<String, String> rationales,
            EvaluationResult result, String assessedBy, Instant assessedAt) {
        RiskTier evaluated = result.outcome();
        if (!result.complete() || evaluated == null) {
            throw new IllegalArgumentException("only a complete evaluation can be saved as an assessment");
        }
        this.id = UUID.randomUUID();
        this.useCaseReference = useCaseReference;
        this.catalogueVersion = result.catalogueVersion();
        this.answers = new LinkedHashMap<>(answers);
        this.rationales = new LinkedHashMap<>(rationales);
        this.outcome = evaluated;
        this.result = result;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    /** A newer assessment replaces this one; happens once. */
    public void supersede(UUID newer, Instant at) {
        if (supersededAt != null) {
            throw new IllegalStateException("assessment " + id + " is already superseded");
        }
        if (newer.equals(id)) {
            throw new IllegalArgumentException("an assessment cannot supersede itself");
        }
        this.supersededAt = at;
        this.supersededBy = newer;
    }

    /**
     * The use case changed materially in {@code fields}. A second change keeps the first date (stale since then)
     * and adds its fields. A superseded assessment is history and is not marked.
     *
     * @return whether anything changed
     */
    public boolean markStale(Set<String> fields, Instant at) {
        if (supersededAt != null || fields.isEmpty()) {
            return false;
        }
        Set<String> all = new TreeSet<>(staleFieldList());
        if (staleSince != null && all.containsAll(fields)) {
            return false;
        }
        all.addAll(fields);
        if (staleSince == null) {
            staleSince = at;
        }
        staleFields = String.join(FIELD_SEPARATOR, all);
        return true;
    }

    public UUID id() {
        return id;
    }

    public String useCaseReference() {
        return useCaseReference;
    }

    public RiskTier outcome() {
        return outcome;
    }

    public boolean isSuperseded() {
        return supersededAt != null;
    }

    public boolean isStale() {
        return staleSince != null;
    }

    private List<String> staleFieldList() {
        return staleFields == null || staleFields.isBlank() ? List.of()
                : Arrays.stream(staleFields.split(FIELD_SEPARATOR)).map(String::strip).toList();
    }

    public RecordedAssessment toRecord() {
        return new RecordedAssessment(id, useCaseReference, catalogueVersion, answers, rationales, result, assessedBy,
                assessedAt, supersededAt, supersededBy, staleSince, staleFieldList());
    }

    @Override
    public String toString() {
        return "Assessment[" + useCaseReference + " " + outcome + " " + assessedAt + "]";
    }
}

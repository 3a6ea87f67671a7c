package de.kiregister.publication.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.kiregister.publication.domain.MetObligation;
import de.kiregister.publication.domain.PublicEntry;
import de.kiregister.publication.domain.PublicField;
import de.kiregister.publication.domain.PublicationSettings;
import de.kiregister.publication.domain.PublishedContent;
import de.kiregister.register.AffectedGroup;
import de.kiregister.register.Phase;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the open data (JSON and CSV). Field names follow the Dutch Algoritmeregister publication standard
 * (1.0) where the fields mean the same; the others are named in the same style. Values of closed lists are codes
 * (documented with their German and English labels in {@code docs/open-data.md}); free text is German
 * ({@code lang}). A withheld field is null and named in {@code withheld} with the reason.
 */
record OpenDataRecord(
        @JsonProperty("source_id") String sourceId,
        @JsonProperty("name") String name,
        @JsonProperty("description_short") String descriptionShort,
        @JsonProperty("organization") String organization,
        @JsonProperty("department") String department,
        @JsonProperty("department_code") String departmentCode,
        @JsonProperty("status") String status,
        @JsonProperty("phase") Phase phase,
        @JsonProperty("begin_date") @Nullable String beginDate,
        @JsonProperty("end_date") @Nullable String endDate,
        @JsonProperty("contact_email") String contactEmail,
        @JsonProperty("url") String url,
        @JsonProperty("goal") @Nullable String goal,
        @JsonProperty("benefit") @Nullable String benefit,
        @JsonProperty("strategic_goal") String strategicGoal,
        @JsonProperty("ai_category") @Nullable String aiCategory,
        @JsonProperty("risk_tier") String riskTier,
        @JsonProperty("human_intervention") @Nullable String humanIntervention,
        @JsonProperty("automation_level") @Nullable String automationLevel,
        @JsonProperty("lawful_basis") @Nullable String lawfulBasis,
        @JsonProperty("provider") @Nullable String provider,
        @JsonProperty("product") @Nullable String product,
        @JsonProperty("methods_and_models") @Nullable String methodsAndModels,
        @JsonProperty("hosting") @Nullable String hosting,
        @JsonProperty("personal_data") @Nullable String personalData,
        @JsonProperty("affected_groups") @Nullable List<String> affectedGroups,
        @JsonProperty("impacttoetsen") List<String> impactAssessments,
        @JsonProperty("obligations_met") @Nullable List<Obligation> obligationsMet,
        @JsonProperty("withheld") Map<String, String> withheld,
        @JsonProperty("version") int version,
        @JsonProperty("first_published_at") String firstPublishedAt,
        @JsonProperty("published_at") String publishedAt,
        @JsonProperty("lang") String lang) {

    /** An obligation met, with its legal reference. */
    record Obligation(@JsonProperty("code") String code, @JsonProperty("article") String article,
            @JsonProperty("title") String title) {
    }

    /** The open-data name of each withholdable field (the first, where a field covers two). */
    static final Map<PublicField, String> FIELD_NAMES = fieldNames();

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    static OpenDataRecord of(PublicEntry entry, PublicationSettings settings) {
        PublishedContent c = entry.content();
        Map<String, String> withheld = new LinkedHashMap<>();
        entry.withheld().forEach((field, reason) -> withheld.put(FIELD_NAMES.get(field), reason));
        return new OpenDataRecord(entry.reference(), c.title(), c.summary(), settings.organization(),
                c.departmentName(), c.departmentCode(), status(c.phase()), c.phase(), month(c.inUseSince()),
                month(c.outOfUseSince()), settings.contactEmail(), settings.entryUrl(entry.reference()),
                c.purpose(), c.expectedBenefit(), c.strategicGoal().name(), name(c.category()), c.tier().name(),
                c.humanOversight(), name(c.automationLevel()), c.legalBasis(), c.vendor(), c.product(),
                model(c.aiModel(), c.aiModelProvider()), name(c.hosting()), name(c.personalData()),
                c.affectedGroups() == null ? null : c.affectedGroups().stream().map(AffectedGroup::name).toList(),
                c.impactAssessments().stream().map(MetObligation::code).toList(),
                c.obligationsMet() == null ? null : c.obligationsMet().stream()
                        .map(o -> new Obligation(o.code(), o.article(), o.title())).toList(),
                withheld, entry.version(), instant(entry.firstPublishedAt()), instant(entry.publishedAt()), "de");
    }

    /** The Dutch standard's three states: in development, in use, out of use. */
    static String status(Phase phase) {
        return switch (phase) {
            case PILOT, PRODUCTION -> "in_use";
            case RETIRED, REJECTED, DEFERRED -> "out_of_use";
            case IDEA, FEASIBILITY, SPECIFICATION_DIALOGUE -> "in_development";
        };
    }

    private static @Nullable String model(@Nullable String name, @Nullable String provider) {
        if (name == null) {
            return null;
        }
        return provider == null ? name : name + " (" + provider + ")";
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable String month(@Nullable LocalDate date) {
        return date == null ? null : MONTH.format(date);
    }

    private static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static Map<PublicField, String> fieldNames() {
        Map<PublicField, String> names = new EnumMap<>(PublicField.class);
        names.put(PublicField.PURPOSE, "goal");
        names.put(PublicField.EXPECTED_BENEFIT, "benefit");
        names.put(PublicField.CATEGORY, "ai_category");
        names.put(PublicField.HUMAN_OVERSIGHT, "human_intervention");
        names.put(PublicField.PERSONAL_DATA, "personal_data");
        names.put(PublicField.AFFECTED_GROUPS, "affected_groups");
        names.put(PublicField.VENDOR, "provider");
        names.put(PublicField.AI_MODEL, "methods_and_models");
        names.put(PublicField.HOSTING, "hosting");
        names.put(PublicField.LEGAL_BASIS, "lawful_basis");
        names.put(PublicField.OBLIGATIONS_MET, "obligations_met");
        if (names.size() != PublicField.values().length) {
            throw new IllegalStateException("every withholdable field needs an open-data name");
        }
        return Map.copyOf(names);
    }
}

package de.kiregister.register.domain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.StrategicGoal;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.Fingerprints;
import org.jspecify.annotations.Nullable;

/**
 * The descriptive facts of a use case as KI-Hub records them. Validated here as invariants; the web form
 * validates first to give field-level messages, this is the last line that keeps bad data out.
 */
public record UseCaseDetails(
        String title,
        String summary,
        String purpose,
        @Nullable String expectedBenefit,
        StrategicGoal strategicGoal,
        Category category,
        Horizon horizon,
        @Nullable String vendor,
        @Nullable String product,
        Hosting hosting,
        @Nullable String gpaiModelName,
        @Nullable String gpaiModelProvider,
        PersonalData personalData,
        Set<AffectedGroup> affectedGroups,
        AutomationLevel automationLevel,
        @Nullable String humanOversight,
        @Nullable String legalBasis,
        @Nullable BigDecimal oneOffCost,
        @Nullable BigDecimal yearlyCost,
        @Nullable Integer personDays,
        @Nullable Integer hoursSavedPerYear) {

    public UseCaseDetails {
        title = required(title, "title");
        summary = required(summary, "summary");
        purpose = required(purpose, "purpose");
        expectedBenefit = optional(expectedBenefit);
        vendor = optional(vendor);
        product = optional(product);
        gpaiModelName = optional(gpaiModelName);
        gpaiModelProvider = optional(gpaiModelProvider);
        humanOversight = optional(humanOversight);
        legalBasis = optional(legalBasis);
        affectedGroups = affectedGroups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(affectedGroups));
        notNegative(oneOffCost, "oneOffCost");
        notNegative(yearlyCost, "yearlyCost");
        notNegative(personDays == null ? null : BigDecimal.valueOf(personDays), "personDays");
        notNegative(hoursSavedPerYear == null ? null : BigDecimal.valueOf(hoursSavedPerYear), "hoursSavedPerYear");
    }

    /**
     * A SHA-256 over exactly the fields {@link #materialDifferencesTo} compares: equal for two details without
     * material differences, so other modules can tell "what was reviewed" from "what is there now".
     */
    public String materialFingerprint() {
        return Fingerprints.sha256(purpose, category.name(), Objects.toString(vendor, ""),
                Objects.toString(product, ""), Objects.toString(gpaiModelName, ""),
                Objects.toString(gpaiModelProvider, ""), automationLevel.name(),
                new TreeSet<>(affectedGroups).toString(), personalData.name(), hosting.name());
    }

    /**
     * The properties whose change can change the legal assessment (rule 22): purpose, category, vendor/model,
     * automation level, affected groups, personal data, hosting. Empty when nothing material differs.
     */
    public Set<String> materialDifferencesTo(UseCaseDetails other) {
        Set<String> fields = new TreeSet<>();
        if (!purpose.equals(other.purpose)) {
            fields.add("purpose");
        }
        if (category != other.category) {
            fields.add("category");
        }
        if (!Objects.equals(vendor, other.vendor) || !Objects.equals(product, other.product)) {
            fields.add("vendor");
        }
        if (!Objects.equals(gpaiModelName, other.gpaiModelName)
                || !Objects.equals(gpaiModelProvider, other.gpaiModelProvider)) {
            fields.add("gpaiModel");
        }
        if (automationLevel != other.automationLevel) {
            fields.add("automationLevel");
        }
        if (!affectedGroups.equals(other.affectedGroups)) {
            fields.add("affectedGroups");
        }
        if (personalData != other.personalData) {
            fields.add("personalData");
        }
        if (hosting != other.hosting) {
            fields.add("hosting");
        }
        return fields;
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("usecase.invariant.required", field);
        }
        return value.strip();
    }

    private static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void notNegative(@Nullable BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new DomainRuleViolation("usecase.invariant.negative", field);
        }
    }
}

package de.kiregister.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import de.kiregister.classification.ObligationProgress;
import de.kiregister.classification.ObligationState;
import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCaseFacts;
import de.kiregister.shared.web.DateFormatting;
import org.jspecify.annotations.Nullable;

/**
 * What a publication shows, stored as JSON in the snapshot. The first block is always shown; every other value is
 * null when its {@link PublicField} was withheld (or, for optional facts such as the vendor, when nothing was
 * recorded). Nothing here names a person: no owner, no author, no decision.
 *
 * @param tier the risk tier of the current assessment at publication
 * @param registeredOn when the use case was registered
 * @param phaseSince when the use case entered its phase
 * @param inUseSince when it first went into pilot or production
 * @param outOfUseSince when it was retired
 */
public record PublishedContent(
        String title,
        String summary,
        String departmentCode,
        String departmentName,
        StrategicGoal strategicGoal,
        Phase phase,
        RiskTier tier,
        LocalDate registeredOn,
        LocalDate phaseSince,
        @Nullable LocalDate inUseSince,
        @Nullable LocalDate outOfUseSince,
        @Nullable String purpose,
        @Nullable String expectedBenefit,
        @Nullable Category category,
        @Nullable AutomationLevel automationLevel,
        @Nullable String humanOversight,
        @Nullable PersonalData personalData,
        @Nullable List<AffectedGroup> affectedGroups,
        @Nullable String vendor,
        @Nullable String product,
        @Nullable String aiModel,
        @Nullable String aiModelProvider,
        @Nullable Hosting hosting,
        @Nullable String legalBasis,
        @Nullable List<MetObligation> obligationsMet) {

    public PublishedContent {
        affectedGroups = affectedGroups == null ? null : List.copyOf(affectedGroups);
        obligationsMet = obligationsMet == null ? null : List.copyOf(obligationsMet);
    }

    /** The content of a publication of these facts today, without the withheld fields. */
    public static PublishedContent of(UseCaseFacts facts, RiskTier tier, Collection<ObligationProgress> obligations,
            Set<PublicField> withheld) {
        boolean vendor = !withheld.contains(PublicField.VENDOR);
        boolean model = !withheld.contains(PublicField.AI_MODEL);
        boolean oversight = !withheld.contains(PublicField.HUMAN_OVERSIGHT);
        return new PublishedContent(facts.title(), facts.summary(), facts.departmentCode(), facts.departmentName(),
                facts.strategicGoal(), facts.phase(), tier, day(facts.registeredAt()), day(facts.phaseSince()),
                dayOrNull(facts.inUseSince()), dayOrNull(facts.outOfUseSince()),
                shown(withheld, PublicField.PURPOSE, facts.purpose()),
                shown(withheld, PublicField.EXPECTED_BENEFIT, facts.expectedBenefit()),
                shown(withheld, PublicField.CATEGORY, facts.category()),
                oversight ? facts.automationLevel() : null, oversight ? facts.humanOversight() : null,
                shown(withheld, PublicField.PERSONAL_DATA, facts.personalData()),
                withheld.contains(PublicField.AFFECTED_GROUPS) ? null
                        : facts.affectedGroups().stream().sorted().toList(),
                vendor ? facts.vendor() : null, vendor ? facts.product() : null,
                model ? facts.gpaiModelName() : null, model ? facts.gpaiModelProvider() : null,
                shown(withheld, PublicField.HOSTING, facts.hosting()),
                shown(withheld, PublicField.LEGAL_BASIS, facts.legalBasis()),
                withheld.contains(PublicField.OBLIGATIONS_MET) ? null : obligations.stream()
                        .filter(o -> o.state() == ObligationState.DONE)
                        .map(o -> new MetObligation(o.code(), o.article(), o.title()))
                        .toList());
    }

    /** Whether the entry says the system is in use: the Dutch standard's "in gebruik". */
    public boolean inUse() {
        return phase == Phase.PILOT || phase == Phase.PRODUCTION;
    }

    /** Impact assessments among the obligations met (FRIA, DPIA). */
    public List<MetObligation> impactAssessments() {
        return obligationsMet == null ? List.of() : obligationsMet.stream().filter(MetObligation::impactAssessment)
                .toList();
    }

    private static <T> @Nullable T shown(Set<PublicField> withheld, PublicField field, @Nullable T value) {
        return withheld.contains(field) ? null : value;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, DateFormatting.ZONE);
    }

    private static @Nullable LocalDate dayOrNull(@Nullable Instant instant) {
        return instant == null ? null : day(instant);
    }
}

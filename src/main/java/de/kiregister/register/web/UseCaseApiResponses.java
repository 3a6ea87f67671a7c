package de.kiregister.register.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import de.kiregister.identity.UserSummary;
import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.domain.CurrentTier;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseDetails;
import de.kiregister.register.domain.UseCaseRow;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/** The JSON bodies of the read API {@code /api/use-cases}: what a signed-in reader sees on the register's pages. */
final class UseCaseApiResponses {

    private UseCaseApiResponses() {
    }

    @Schema(description = "Eine Seite des Registers / a page of the register")
    record UseCasePage(List<UseCaseSummary> content,
            @Schema(description = "Seitennummer ab 0 / page number from 0") int page, int size, long totalElements,
            int totalPages) {

        static UseCasePage of(Page<UseCaseRow> page) {
            return new UseCasePage(page.getContent().stream().map(UseCaseSummary::of).toList(), page.getNumber(),
                    page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }

    @Schema(description = "Ein Anwendungsfall in der Liste / a use case in the list")
    record UseCaseSummary(@Schema(example = "KI-2026-014") String reference, String title, String summary,
            String department, Phase phase, StrategicGoal strategicGoal, Horizon horizon, Category category,
            @Schema(description = "Benutzername der verantwortlichen Person / username of the owner")
            String owner,
            @Schema(description = "Risikostufe, null solange nicht eingestuft / risk tier, null while not classified")
            @Nullable RiskTier tier,
            @Schema(description = "Einstufung veraltet / assessment out of date") boolean tierStale,
            Instant changedAt, String href) {

        static UseCaseSummary of(UseCaseRow row) {
            return new UseCaseSummary(row.reference(), row.title(), row.summary(), row.department(), row.phase(),
                    row.strategicGoal(), row.horizon(), row.category(), row.ownerUsername(), row.tier(),
                    row.tierStale(), row.changedAt(), "/api/use-cases/" + row.reference());
        }
    }

    @Schema(description = "Fachamt / department")
    record DepartmentRef(String code, String name) {
    }

    @Schema(description = "Verantwortliche Person / owner")
    record OwnerRef(String username, String displayName) {
    }

    @Schema(description = "Ein Anwendungsfall mit allen Angaben / a use case with all its facts")
    record UseCaseDetail(@Schema(example = "KI-2026-014") String reference, String title, String summary,
            String purpose, @Nullable String expectedBenefit, DepartmentRef department, OwnerRef owner,
            StrategicGoal strategicGoal, Category category, Horizon horizon, Phase phase,
            @Schema(description = "Begründung der Zurückstellung, Ablehnung oder Außerbetriebnahme / reason of "
                    + "deferral, rejection or retirement") @Nullable String phaseNote,
            @Nullable String vendor, @Nullable String product, Hosting hosting, @Nullable String gpaiModelName,
            @Nullable String gpaiModelProvider, PersonalData personalData, Set<AffectedGroup> affectedGroups,
            AutomationLevel automationLevel, @Nullable String humanOversight, @Nullable String legalBasis,
            @Nullable BigDecimal oneOffCost, @Nullable BigDecimal yearlyCost, @Nullable Integer personDays,
            @Nullable Integer hoursSavedPerYear, @Nullable RiskTier tier, boolean tierStale,
            @Schema(description = "Optimistische Version / optimistic-lock version") long version,
            Instant createdAt, String createdBy, Instant changedAt, String changedBy,
            @Schema(description = "Aktuelle Einstufung / current assessment") String assessmentHref) {

        static UseCaseDetail of(UseCase u, @Nullable UserSummary owner, @Nullable CurrentTier tier) {
            UseCaseDetails d = u.details();
            return new UseCaseDetail(u.reference(), d.title(), d.summary(), d.purpose(), d.expectedBenefit(),
                    new DepartmentRef(u.department().code(), u.department().name()),
                    new OwnerRef(u.ownerUsername(), owner == null ? u.ownerUsername() : owner.displayName()),
                    d.strategicGoal(), d.category(), d.horizon(), u.phase(), u.phaseNote(), d.vendor(), d.product(),
                    d.hosting(), d.gpaiModelName(), d.gpaiModelProvider(), d.personalData(), d.affectedGroups(),
                    d.automationLevel(), d.humanOversight(), d.legalBasis(), d.oneOffCost(), d.yearlyCost(),
                    d.personDays(), d.hoursSavedPerYear(), tier == null ? null : tier.tier(),
                    tier != null && tier.stale(), u.version(), u.createdAt(), u.createdBy(), u.changedAt(),
                    u.changedBy(), "/api/use-cases/" + u.reference() + "/assessment");
        }
    }
}

package de.kiregister.roadmap.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.kiregister.dialogue.PendingAge;
import de.kiregister.register.Phase;
import de.kiregister.register.PortfolioRow;
import de.kiregister.register.RiskTier;
import de.kiregister.roadmap.TrafficLight;
import de.kiregister.roadmap.domain.Labels;
import de.kiregister.roadmap.domain.PortfolioDashboard;
import de.kiregister.roadmap.domain.PortfolioDashboard.Economics;
import de.kiregister.roadmap.domain.PortfolioDashboard.FunnelStage;
import de.kiregister.roadmap.domain.PortfolioDashboard.Listed;
import de.kiregister.shared.pdf.PdfRenderer;
import org.springframework.stereotype.Component;

/** The portfolio dashboard as XLSX (figures and every use case of the filter) and as a dated council report. */
@Component
class PortfolioExports {

    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter
            .ofPattern("dd.MM.yyyy HH:mm").withZone(de.kiregister.shared.web.DateFormatting.ZONE);

    private final Labels labels;
    private final PdfRenderer pdf;
    private final Clock clock;

    PortfolioExports(Labels labels, PdfRenderer pdf, Clock clock) {
        this.labels = labels;
        this.pdf = pdf;
        this.clock = clock;
    }

    void xlsx(PortfolioDashboard.View view, List<Listed> useCases, Locale locale, OutputStream out)
            throws IOException {
        try (Xlsx xlsx = new Xlsx()) {
            xlsx.sheet(t("portfolio.export.sheet.figures", locale),
                    List.of(t("portfolio.export.figure", locale), t("portfolio.export.value", locale))).width(0, 50);
            xlsx.row(t("portfolio.kpi.total", locale), view.total());
            xlsx.row(t("portfolio.kpi.production", locale), view.byPhase().get(Phase.PRODUCTION));
            xlsx.row(t("portfolio.kpi.highRisk", locale), view.byTier().get(RiskTier.HIGH_RISK));
            xlsx.row(t("portfolio.kpi.hours", locale), view.hoursInProduction());
            xlsx.row(t("portfolio.kpi.missingReports", locale), view.withoutReportCount());
            xlsx.row(t("portfolio.kpi.unclassified", locale), view.withoutClassificationCount());
            xlsx.row(t("portfolio.kpi.overdue", locale), view.overdueMilestones());
            xlsx.row(t("portfolio.kpi.slipped", locale), view.slippedMilestones());
            for (Phase phase : Phase.values()) {
                xlsx.row(t("usecase.phase", locale) + ": " + t("enum.Phase." + phase, locale), view.byPhase().get(phase));
            }
            view.byTier().forEach((tier, n) -> xlsx.row(t("usecase.tier", locale) + ": "
                    + (tier == null ? t("usecases.tier.none", locale) : t("enum.RiskTier." + tier, locale)), n));
            for (FunnelStage stage : view.funnel()) {
                xlsx.row(t("portfolio.funnel", locale) + ": " + t("enum.Phase." + stage.phase(), locale),
                        stage.reached());
            }
            for (TrafficLight light : TrafficLight.values()) {
                xlsx.row(t("report.trafficLight", locale) + ": " + t("enum.TrafficLight." + light, locale),
                        view.lights().get(light));
            }
            xlsx.sheet(t("portfolio.export.sheet.pending", locale), List.of(t("portfolio.pending.party", locale),
                    t("portfolio.pending.count", locale), t("portfolio.pending.oldest", locale),
                    t("portfolio.pending.week", locale), t("portfolio.pending.month", locale),
                    t("portfolio.pending.longer", locale)));
            for (PendingAge age : view.pending().values()) {
                xlsx.row(t("enum.Party." + age.party(), locale), age.count(), age.oldestDays(), age.upToWeek(),
                        age.upToMonth(), age.longer());
            }
            xlsx.sheet(t("portfolio.export.sheet.economics", locale), List.of(t("usecase.strategicGoal", locale),
                    t("portfolio.economics.useCases", locale), t("portfolio.economics.hours", locale),
                    t("portfolio.economics.cost", locale), t("portfolio.economics.ratio", locale))).width(0, 35);
            for (Economics e : view.economics()) {
                xlsx.row(t("enum.StrategicGoal." + e.goal(), locale), e.useCases(), e.hoursPerYear(), e.costPerYear(),
                        e.hoursPerThousandEuro());
            }
            xlsx.sheet(t("portfolio.export.sheet.useCases", locale), List.of(t("usecase.reference", locale),
                    t("usecase.title", locale), t("usecase.department", locale), t("usecase.phase", locale),
                    t("usecase.tier", locale), t("usecase.priority", locale), t("report.trafficLight", locale),
                    t("report.month", locale), t("report.progress", locale), t("usecase.hoursSavedPerYear", locale),
                    t("usecase.yearlyCost", locale))).width(1, 45).width(2, 35);
            for (Listed l : useCases) {
                PortfolioRow u = l.useCase();
                xlsx.row(u.reference(), u.title(), u.departmentName(), t("enum.Phase." + u.phase(), locale),
                        u.tier() == null ? t("usecases.tier.none", locale) : t("enum.RiskTier." + u.tier(), locale),
                        u.priorityScore(), l.report() == null ? null
                                : t("enum.TrafficLight." + l.report().trafficLight(), locale),
                        l.report() == null ? null : labels.month(l.report().month(), locale),
                        l.report() == null ? null : l.report().progress(), u.hoursSavedPerYear(), u.yearlyCost());
            }
            xlsx.write(out);
        }
    }

    byte[] pdf(PortfolioDashboard.View view, Charts charts, Locale locale, String generatedBy) {
        return pdf.render("pdf/portfolio", Map.of("view", view, "charts", charts, "generatedAt", Instant.now(clock),
                "generatedAtText", STAMP.format(Instant.now(clock)),
                "generatedBy", generatedBy, "labels", labels), locale);
    }

    private String t(String key, Locale locale) {
        return labels.text(key, locale);
    }
}

package de.kiregister.roadmap.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.kiregister.register.PortfolioRow;
import de.kiregister.roadmap.domain.Labels;
import de.kiregister.roadmap.domain.Roadmap;
import de.kiregister.roadmap.domain.RoadmapLayout.Bar;
import de.kiregister.roadmap.domain.RoadmapLayout.Marker;
import de.kiregister.shared.pdf.PdfRenderer;
import org.springframework.stereotype.Component;

/** The roadmap as XLSX (every use case of the filter, two sheets) and as a dated PDF report for the council. */
@Component
class RoadmapExports {

    /** The PDF is read on paper: the first use cases of the filter, the rest is in the XLSX. */
    static final int PDF_LIMIT = 150;

    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter
            .ofPattern("dd.MM.yyyy HH:mm").withZone(de.kiregister.shared.web.DateFormatting.ZONE);

    private final Labels labels;
    private final PdfRenderer pdf;
    private final Clock clock;

    RoadmapExports(Labels labels, PdfRenderer pdf, Clock clock) {
        this.labels = labels;
        this.pdf = pdf;
        this.clock = clock;
    }

    void xlsx(Roadmap.View view, Locale locale, OutputStream out) throws IOException {
        try (Xlsx xlsx = new Xlsx()) {
            xlsx.sheet(t("roadmap.export.sheet.roadmap", locale), List.of(t("usecase.reference", locale),
                    t("usecase.title", locale), t("usecase.department", locale), t("usecase.strategicGoal", locale),
                    t("usecase.horizon", locale), t("usecase.phase", locale), t("usecase.tier", locale),
                    t("usecase.priority", locale), t("roadmap.start", locale), t("roadmap.production.planned", locale),
                    t("roadmap.production.expected", locale), t("roadmap.slipDays", locale),
                    t("roadmap.overdue.count", locale), t("report.trafficLight", locale), t("report.month", locale),
                    t("report.progress", locale)))
                    .width(1, 45).width(2, 35);
            for (Roadmap.Entry e : view.entries()) {
                PortfolioRow u = e.useCase();
                Bar bar = e.bar();
                xlsx.row(u.reference(), u.title(), u.departmentName(),
                        t("enum.StrategicGoal." + u.strategicGoal(), locale), t("enum.Horizon." + u.horizon(), locale),
                        t("enum.Phase." + u.phase(), locale), tier(u, locale), u.priorityScore(),
                        bar == null ? null : bar.start(), bar == null || !bar.production() ? null : bar.plannedEnd(),
                        bar == null || !bar.production() ? null : bar.expectedEnd(),
                        bar == null || !bar.production() ? null : bar.slipDays(), e.overdueCount(),
                        e.report() == null ? t("roadmap.report.none", locale)
                                : t("enum.TrafficLight." + e.report().trafficLight(), locale),
                        e.report() == null ? null : labels.month(e.report().month(), locale),
                        e.report() == null ? null : e.report().progress());
            }
            xlsx.sheet(t("roadmap.export.sheet.milestones", locale), List.of(t("usecase.reference", locale),
                    t("usecase.title", locale), t("milestone.title", locale), t("milestone.status", locale),
                    t("milestone.planned", locale), t("milestone.forecast", locale), t("milestone.actual", locale),
                    t("roadmap.slipDays", locale), t("milestone.overdue", locale)))
                    .width(1, 45).width(2, 35);
            for (Roadmap.Entry e : view.entries()) {
                for (Marker m : e.markers()) {
                    var plan = m.milestone().plan();
                    xlsx.row(e.useCase().reference(), e.useCase().title(),
                            labels.milestone(m.milestone().type(), m.milestone().name(), locale),
                            t("enum.MilestoneStatus." + plan.status(), locale), plan.planned(), plan.forecast(),
                            plan.actual(), plan.slipDays(), m.overdue() ? t("export.yes", locale) : t("export.no", locale));
                }
            }
            xlsx.write(out);
        }
    }

    byte[] pdf(Roadmap.View view, Locale locale, String generatedBy) {
        List<Roadmap.Entry> entries = view.entries();
        return pdf.render("pdf/roadmap", Map.of("view", view, "entries", entries.stream().limit(PDF_LIMIT).toList(),
                "total", entries.size(), "generatedAt", Instant.now(clock),
                "generatedAtText", STAMP.format(Instant.now(clock)), "generatedBy", generatedBy,
                "labels", labels), locale);
    }

    private String tier(PortfolioRow u, Locale locale) {
        return u.tier() == null ? t("usecases.tier.none", locale) : t("enum.RiskTier." + u.tier(), locale);
    }

    private String t(String key, Locale locale) {
        return labels.text(key, locale);
    }
}

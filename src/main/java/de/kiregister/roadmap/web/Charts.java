package de.kiregister.roadmap.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

import de.kiregister.dialogue.PendingAge;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.roadmap.TrafficLight;
import de.kiregister.roadmap.domain.Labels;
import de.kiregister.roadmap.domain.PortfolioDashboard;
import de.kiregister.roadmap.domain.TimelineWindow;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's bar charts as data: label, value and length in percent of the longest bar, for the server-side
 * SVG of the page, the CSS bars of the PDF and the data tables beside both.
 */
record Charts(List<Bar> phases, List<Bar> tiers, List<Bar> funnel, List<Bar> lights, List<Bar> pending,
        List<Bar> hours, List<Bar> costs) {

    /** One bar; {@code tone} picks its colour class (app-chart__bar--tone). */
    record Bar(String label, long value, String percent, String tone, String detail) {
    }

    static Charts of(PortfolioDashboard.View view, Labels labels, Locale locale) {
        List<Bar> phases = new ArrayList<>();
        long maxPhase = view.maxPhaseCount();
        for (Phase phase : Phase.values()) {
            phases.add(bar(labels.text("enum.Phase." + phase, locale), view.byPhase().get(phase), maxPhase, "phase",
                    ""));
        }
        List<Bar> tiers = new ArrayList<>();
        long maxTier = view.maxTierCount();
        for (Map.Entry<@Nullable RiskTier, Long> e : view.byTier().entrySet()) {
            RiskTier tier = e.getKey();
            tiers.add(bar(tier == null ? labels.text("usecases.tier.none", locale)
                    : labels.text("enum.RiskTier." + tier, locale), e.getValue(), maxTier,
                    tier == null ? "none" : tier == RiskTier.HIGH_RISK || tier == RiskTier.PROHIBITED ? "high" : "tier",
                    ""));
        }
        long maxFunnel = view.funnel().stream().mapToLong(PortfolioDashboard.FunnelStage::reached).max().orElse(0);
        List<Bar> funnel = view.funnel().stream().map(s -> bar(labels.text("enum.Phase." + s.phase(), locale),
                s.reached(), maxFunnel, "funnel", "")).toList();
        List<Bar> lights = new ArrayList<>();
        long maxLight = Math.max(view.withoutReportCount(),
                view.lights().values().stream().mapToLong(Long::longValue).max().orElse(0));
        for (TrafficLight light : TrafficLight.values()) {
            lights.add(bar(labels.text("enum.TrafficLight." + light, locale), view.lights().get(light), maxLight,
                    light.name().toLowerCase(Locale.ROOT), ""));
        }
        lights.add(bar(labels.text("portfolio.lights.missing", locale), view.withoutReportCount(), maxLight,
                "missing", ""));
        long maxPending = view.pending().values().stream().mapToLong(PendingAge::count).max().orElse(0);
        List<Bar> pending = view.pending().values().stream().map(a -> bar(
                labels.text("enum.Party." + a.party(), locale), a.count(), maxPending, "pending",
                labels.text("portfolio.pending.detail", locale, a.oldestDays(), a.upToWeek(), a.upToMonth(),
                        a.longer()))).toList();
        List<Bar> hours = economics(view, labels, locale, PortfolioDashboard.Economics::hoursPerYear, "hours");
        List<Bar> costs = economics(view, labels, locale, e -> e.costPerYear().longValue(), "cost");
        return new Charts(phases, tiers, funnel, lights, pending, hours, costs);
    }

    private static List<Bar> economics(PortfolioDashboard.View view, Labels labels, Locale locale,
            ToLongFunction<PortfolioDashboard.Economics> value, String tone) {
        long max = view.economics().stream().mapToLong(value).max().orElse(0);
        return view.economics().stream().map(e -> bar(labels.text("enum.StrategicGoal." + e.goal(), locale),
                value.applyAsLong(e), max, tone, "")).toList();
    }

    private static Bar bar(String label, long value, long max, String tone, String detail) {
        return new Bar(label, value, TimelineWindow.percent(max == 0 ? 0 : 100.0 * value / max), tone, detail);
    }
}

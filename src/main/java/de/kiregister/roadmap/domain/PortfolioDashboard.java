package de.kiregister.roadmap.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.kiregister.dialogue.Dialogues;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.PendingAge;
import de.kiregister.register.Phase;
import de.kiregister.register.PortfolioRow;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.register.UseCasePortfolio;
import de.kiregister.roadmap.TrafficLight;
import de.kiregister.roadmap.domain.ProgressQueries.LatestReport;
import de.kiregister.roadmap.domain.ProgressQueries.MilestoneCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CAIO's portfolio dashboard. Four statements whatever the size of the portfolio: the filtered use cases from
 * the register (one light row each), the latest reports and the milestone counts from this module, the waiting
 * dialogue items from the dialogue; everything else is counted in memory.
 */
@Service
@Transactional(readOnly = true)
public class PortfolioDashboard {

    /** How many use cases the lists of the dashboard show (the counts cover all). */
    public static final int LISTED = 10;

    /** The pipeline of the funnel, in order. */
    public static final List<Phase> PIPELINE = List.of(Phase.IDEA, Phase.FEASIBILITY, Phase.SPECIFICATION_DIALOGUE,
            Phase.PILOT, Phase.PRODUCTION);

    private final UseCasePortfolio portfolio;
    private final ProgressQueries progress;
    private final Dialogues dialogues;
    private final ReportingPeriod period;

    PortfolioDashboard(UseCasePortfolio portfolio, ProgressQueries progress, Dialogues dialogues,
            ReportingPeriod period) {
        this.portfolio = portfolio;
        this.progress = progress;
        this.dialogues = dialogues;
        this.period = period;
    }

    /** A use case that reached at least this stage of the pipeline (retired ones went through production). */
    public record FunnelStage(Phase phase, long reached) {
    }

    /** Expected benefit against cost of the use cases of one strategic goal. */
    public record Economics(StrategicGoal goal, long useCases, long hoursPerYear, BigDecimal costPerYear) {

        /** Hours saved per 1,000 EUR of yearly cost (one-off cost spread over three years); null without cost. */
        public @Nullable BigDecimal hoursPerThousandEuro() {
            return costPerYear.signum() == 0 ? null
                    : BigDecimal.valueOf(hoursPerYear * 1000L).divide(costPerYear, 1, java.math.RoundingMode.HALF_UP);
        }
    }

    /** A use case with its latest report, for the lists. */
    public record Listed(PortfolioRow useCase, @Nullable LatestReport report) {
    }

    /**
     * @param byTier counts per tier; the key null is "not classified yet"
     * @param lights latest traffic light of the running projects that reported for the month due
     * @param withoutReport running projects without a report for the month due
     * @param withoutClassification use cases past the idea, not closed, without a current classification
     */
    public record View(LocalDate today, YearMonth dueMonth, long total, Map<Phase, Long> byPhase,
            Map<@Nullable RiskTier, Long> byTier, List<FunnelStage> funnel, Map<Party, PendingAge> pending,
            Map<TrafficLight, Long> lights, long reporting, List<Listed> red, long withoutReportCount,
            List<Listed> withoutReport, long withoutClassificationCount, List<Listed> withoutClassification,
            List<Economics> economics, long hoursInProduction, List<Listed> topPriorities, long overdueMilestones,
            long slippedMilestones, long useCasesWithOverdue) {

        public long maxPhaseCount() {
            return byPhase.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }

        public long maxTierCount() {
            return byTier.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }

        public long inProduction() {
            return byPhase.get(Phase.PRODUCTION);
        }
    }

    public View view(UseCaseFilter filter) {
        List<PortfolioRow> rows = portfolio.rows(filter);
        Map<String, LatestReport> reports = progress.latestReports(null);
        Map<String, MilestoneCounts> milestoneCounts = progress.milestoneCounts(period.today());
        Map<Party, PendingAge> pending = dialogues.pendingAgesByParty();

        Map<Phase, Long> byPhase = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            byPhase.put(phase, 0L);
        }
        Map<@Nullable RiskTier, Long> byTier = new LinkedHashMap<>();
        for (RiskTier tier : RiskTier.values()) {
            byTier.put(tier, 0L);
        }
        byTier.put(null, 0L);
        Map<TrafficLight, Long> lights = new EnumMap<>(TrafficLight.class);
        for (TrafficLight light : TrafficLight.values()) {
            lights.put(light, 0L);
        }
        Map<StrategicGoal, long[]> counts = new EnumMap<>(StrategicGoal.class);
        Map<StrategicGoal, BigDecimal> costs = new EnumMap<>(StrategicGoal.class);
        List<Listed> red = new ArrayList<>();
        List<Listed> withoutReport = new ArrayList<>();
        List<Listed> withoutClassification = new ArrayList<>();
        long reporting = 0;
        long hoursInProduction = 0;
        long overdue = 0;
        long slipped = 0;
        long withOverdue = 0;
        for (PortfolioRow row : rows) {
            byPhase.merge(row.phase(), 1L, Long::sum);
            byTier.merge(row.tier(), 1L, Long::sum);
            LatestReport report = reports.get(row.reference());
            if (ReportingPeriod.reports(row.phase())) {
                if (period.missing(row.phase(), report == null ? null : report.month())) {
                    withoutReport.add(new Listed(row, report));
                } else {
                    reporting++;
                    lights.merge(report.trafficLight(), 1L, Long::sum);
                    if (report.trafficLight() == TrafficLight.RED) {
                        red.add(new Listed(row, report));
                    }
                }
            }
            if (needsClassification(row)) {
                withoutClassification.add(new Listed(row, report));
            }
            if (row.phase() != Phase.REJECTED && row.phase() != Phase.RETIRED) {
                long[] c = counts.computeIfAbsent(row.strategicGoal(), g -> new long[2]);
                c[0]++;
                c[1] += row.hoursSavedPerYear() == null ? 0 : row.hoursSavedPerYear();
                costs.merge(row.strategicGoal(), yearlyCost(row), BigDecimal::add);
            }
            if (row.phase() == Phase.PRODUCTION && row.hoursSavedPerYear() != null) {
                hoursInProduction += row.hoursSavedPerYear();
            }
            MilestoneCounts m = milestoneCounts.get(row.reference());
            if (m != null) {
                overdue += m.overdue();
                slipped += m.slipped();
                withOverdue += m.overdue() > 0 ? 1 : 0;
            }
        }
        List<Economics> economics = new ArrayList<>();
        for (StrategicGoal goal : StrategicGoal.values()) {
            long[] c = counts.getOrDefault(goal, new long[2]);
            economics.add(new Economics(goal, c[0], c[1], costs.getOrDefault(goal, BigDecimal.ZERO)));
        }
        List<Listed> top = rows.stream().filter(r -> r.priorityScore() != null)
                .filter(r -> r.phase() != Phase.REJECTED && r.phase() != Phase.RETIRED)
                .sorted(Comparator.comparing((PortfolioRow r) -> r.priorityScore()).reversed()
                        .thenComparing(PortfolioRow::reference))
                .limit(LISTED).map(r -> new Listed(r, reports.get(r.reference()))).toList();
        return new View(period.today(), period.dueMonth(), rows.size(), byPhase, byTier, funnel(byPhase), pending,
                lights, reporting, first(red), withoutReport.size(), first(withoutReport),
                withoutClassification.size(), first(withoutClassification), economics, hoursInProduction, top,
                overdue, slipped, withOverdue);
    }

    /** Every use case of the filter with its latest report, by reference (the XLSX export): two statements. */
    public List<Listed> useCases(UseCaseFilter filter) {
        List<PortfolioRow> rows = portfolio.rows(filter);
        Map<String, LatestReport> reports = progress.latestReports(null);
        return rows.stream().map(r -> new Listed(r, reports.get(r.reference()))).toList();
    }

    /** Past the idea and not closed, but without a current (not stale) assessment. */
    static boolean needsClassification(PortfolioRow row) {
        return row.phase() != Phase.IDEA && row.phase() != Phase.REJECTED && row.phase() != Phase.RETIRED
                && !row.hasCurrentClassification();
    }

    /** Yearly cost plus a third of the one-off cost (spread over three years). */
    static BigDecimal yearlyCost(PortfolioRow row) {
        BigDecimal yearly = row.yearlyCost() == null ? BigDecimal.ZERO : row.yearlyCost();
        BigDecimal oneOff = row.oneOffCost() == null ? BigDecimal.ZERO : row.oneOffCost();
        return yearly.add(oneOff.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP));
    }

    /** Reached at least the stage: in it or further along; retired use cases went through production. */
    static List<FunnelStage> funnel(Map<Phase, Long> byPhase) {
        List<FunnelStage> stages = new ArrayList<>();
        for (int i = 0; i < PIPELINE.size(); i++) {
            long reached = byPhase.get(Phase.RETIRED);
            for (int j = i; j < PIPELINE.size(); j++) {
                reached += byPhase.get(PIPELINE.get(j));
            }
            stages.add(new FunnelStage(PIPELINE.get(i), reached));
        }
        return stages;
    }

    private static List<Listed> first(List<Listed> all) {
        return all.stream().limit(LISTED).toList();
    }
}

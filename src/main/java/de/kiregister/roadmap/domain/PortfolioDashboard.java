package de.kiregister.roadmap.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kiregister.dialogue.Dialogues;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.PendingAge;
import de.kiregister.register.Phase;
import de.kiregister.register.PortfolioGroup;
import de.kiregister.register.PortfolioRow;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.register.UseCasePortfolio;
import de.kiregister.roadmap.TrafficLight;
import de.kiregister.roadmap.domain.ProgressQueries.LatestReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CAIO's portfolio dashboard over the whole filtered portfolio, counted by the database (see {@link #view}): at
 * 10,000 use cases reading a row per use case and its latest report into memory took most of the page's time.
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

    /** Phases of use cases that are neither rejected nor retired (economics, top priorities). */
    static final Set<Phase> NOT_CLOSED = EnumSet.complementOf(EnumSet.of(Phase.REJECTED, Phase.RETIRED));

    /** Phases in which a use case needs a current classification: past the idea, not closed. */
    static final Set<Phase> NEEDS_CLASSIFICATION = EnumSet.complementOf(
            EnumSet.of(Phase.IDEA, Phase.REJECTED, Phase.RETIRED));

    /**
     * Counted in SQL, not in memory: the register's counts per phase/tier/goal (with their references as one array
     * each) and the lists' first rows, the month-due state of the running projects' reports, the milestone totals,
     * the rows and reports the lists show, the dialogue's waiting items – nine statements with the plan setting
     * whatever the size of the portfolio, none of which returns a row per use case.
     */
    public View view(UseCaseFilter filter) {
        LocalDate today = period.today();
        progress.planWithActualParameters();
        List<PortfolioGroup> groups = portfolio.groups(filter);
        List<String> running = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (PortfolioGroup group : groups) {
            all.addAll(group.references());
            if (ReportingPeriod.reports(group.phase())) {
                running.addAll(group.references());
            }
        }
        ProgressQueries.ReportStates states = progress.reportStates(running, period.dueMonth(), LISTED);
        // Every milestone belongs to a use case, so the unfiltered dashboard counts them all without naming any.
        ProgressQueries.MilestoneTotals milestones = progress.milestoneTotals(
                filter.equals(UseCaseFilter.ALL) ? null : all, today);
        List<PortfolioRow> topRows = portfolio.topPriorities(filter, NOT_CLOSED, LISTED);
        List<PortfolioRow> unclassifiedRows = portfolio.withoutCurrentClassification(filter, NEEDS_CLASSIFICATION,
                LISTED);
        Map<String, PortfolioRow> listedRows = new HashMap<>();
        List<String> stateReferences = new ArrayList<>();
        states.red().forEach(l -> stateReferences.add(l.reference()));
        states.withoutReport().forEach(l -> stateReferences.add(l.reference()));
        portfolio.rows(stateReferences).forEach(r -> listedRows.put(r.reference(), r));
        List<String> rowReferences = new ArrayList<>();
        topRows.forEach(r -> rowReferences.add(r.reference()));
        unclassifiedRows.forEach(r -> rowReferences.add(r.reference()));
        Map<String, LatestReport> reports = progress.latestReports(rowReferences);
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
        Map<StrategicGoal, long[]> counts = new EnumMap<>(StrategicGoal.class);
        Map<StrategicGoal, BigDecimal[]> costs = new EnumMap<>(StrategicGoal.class);
        long total = 0;
        long hoursInProduction = 0;
        long withoutClassification = 0;
        for (PortfolioGroup group : groups) {
            total += group.useCases();
            byPhase.merge(group.phase(), group.useCases(), Long::sum);
            byTier.merge(group.tier(), group.useCases(), Long::sum);
            if (NEEDS_CLASSIFICATION.contains(group.phase()) && !group.hasCurrentClassification()) {
                withoutClassification += group.useCases();
            }
            if (NOT_CLOSED.contains(group.phase())) {
                long[] c = counts.computeIfAbsent(group.strategicGoal(), g -> new long[2]);
                c[0] += group.useCases();
                c[1] += group.hoursSavedPerYear();
                BigDecimal[] cost = costs.computeIfAbsent(group.strategicGoal(),
                        g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                cost[0] = cost[0].add(group.yearlyCost());
                cost[1] = cost[1].add(group.oneOffCost());
            }
            if (group.phase() == Phase.PRODUCTION) {
                hoursInProduction += group.hoursSavedPerYear();
            }
        }
        List<Economics> economics = new ArrayList<>();
        for (StrategicGoal goal : StrategicGoal.values()) {
            long[] c = counts.getOrDefault(goal, new long[2]);
            BigDecimal[] cost = costs.getOrDefault(goal, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            economics.add(new Economics(goal, c[0], c[1], yearlyCost(cost[0], cost[1])));
        }
        long reporting = states.lights().values().stream().mapToLong(Long::longValue).sum();
        return new View(today, period.dueMonth(), total, byPhase, byTier, funnel(byPhase), pending,
                states.lights(), reporting, listed(states.red(), listedRows), states.missing(),
                listed(states.withoutReport(), listedRows), withoutClassification,
                unclassifiedRows.stream().map(r -> new Listed(r, reports.get(r.reference()))).toList(), economics,
                hoursInProduction, topRows.stream().map(r -> new Listed(r, reports.get(r.reference()))).toList(),
                milestones.overdue(), milestones.slipped(), milestones.useCasesWithOverdue());
    }

    private static List<Listed> listed(List<ProgressQueries.ListedReport> reports, Map<String, PortfolioRow> rows) {
        // A use case deleted between the two statements is left out rather than shown without its facts.
        return reports.stream().filter(l -> rows.containsKey(l.reference()))
                .map(l -> new Listed(rows.get(l.reference()), l.report())).limit(LISTED).toList();
    }

    /** Every use case of the filter with its latest report, by reference (the XLSX export): two statements. */
    public List<Listed> useCases(UseCaseFilter filter) {
        List<PortfolioRow> rows = portfolio.rows(filter);
        Map<String, LatestReport> reports = progress.latestReports(null);
        return rows.stream().map(r -> new Listed(r, reports.get(r.reference()))).toList();
    }

    /**
     * Yearly cost plus a third of the one-off cost (spread over three years), for sums: the third is taken of the
     * summed one-off costs and rounded once, to the cent.
     */
    static BigDecimal yearlyCost(BigDecimal yearly, BigDecimal oneOff) {
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
}

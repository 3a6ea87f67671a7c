package de.kiregister.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kiregister.register.Phase;
import de.kiregister.register.PortfolioRow;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.register.UseCasePortfolio;
import de.kiregister.roadmap.TrafficLight;
import de.kiregister.roadmap.domain.ProgressQueries.LatestReport;
import de.kiregister.roadmap.domain.ProgressQueries.MilestoneCounts;
import de.kiregister.test.EventPublications;
import de.kiregister.test.IntegrationTest;
import de.kiregister.test.PortfolioGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard counts in SQL; these tests recount the same portfolio the plain way – every light row, every latest
 * report and every milestone count in memory, as the dashboard did before – and expect the same figures.
 */
@IntegrationTest
class PortfolioDashboardTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortfolioDashboard dashboard;

    @Autowired
    UseCasePortfolio portfolio;

    @Autowired
    ProgressQueries progress;

    @Autowired
    ReportingPeriod period;

    private static String run() {
        return "d" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void oneDepartmentOfAGeneratedPortfolioCountsAsInMemory() {
        String run = run();
        // 240 use cases over the run's twelve departments: 20 each, every phase, tier and goal among them.
        PortfolioGenerator.generate(jdbc, run, 240, 6, 6);
        EventPublications.awaitAllHandled(jdbc);
        UUID department = jdbc.sql("select id from department where code = :code").param("code", "B" + run + "-1")
                .query(UUID.class).single();
        UseCaseFilter filter = new UseCaseFilter(null, null, department, null, null, null, null, false, null);

        PortfolioDashboard.View view = dashboard.view(filter);

        assertThat(view.total()).isEqualTo(20);
        assertThat(view.withoutReportCount()).isPositive();
        assertThat(view.overdueMilestones()).isPositive();
        assertSameAsInMemory(view, filter);
    }

    @Test
    void theWholePortfolioCountsAsInMemory() {
        PortfolioGenerator.generate(jdbc, run(), 60, 6, 3);
        EventPublications.awaitAllHandled(jdbc);
        assertSameAsInMemory(dashboard.view(UseCaseFilter.ALL), UseCaseFilter.ALL);
        UseCaseFilter pilots = new UseCaseFilter(null, Phase.PILOT, null, null, null, null, null, false, null);
        assertSameAsInMemory(dashboard.view(pilots), pilots);
        UseCaseFilter unclassified = new UseCaseFilter(null, null, null, null, null, null, null, true, null);
        assertSameAsInMemory(dashboard.view(unclassified), unclassified);
    }

    /** The former in-memory computation, as the reference. */
    private void assertSameAsInMemory(PortfolioDashboard.View view, UseCaseFilter filter) {
        LocalDate today = period.today();
        List<PortfolioRow> rows = portfolio.rows(filter);
        Map<String, LatestReport> reports = progress.latestReports(null);
        Map<String, MilestoneCounts> milestones = progress.milestoneCounts(today);

        Map<Phase, Long> byPhase = new EnumMap<>(Phase.class);
        Map<RiskTier, Long> byTier = new LinkedHashMap<>();
        Map<TrafficLight, Long> lights = new EnumMap<>(TrafficLight.class);
        List<String> red = new ArrayList<>();
        List<String> withoutReport = new ArrayList<>();
        List<String> withoutClassification = new ArrayList<>();
        Map<StrategicGoal, long[]> counts = new EnumMap<>(StrategicGoal.class);
        Map<StrategicGoal, BigDecimal[]> costs = new EnumMap<>(StrategicGoal.class);
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
                    withoutReport.add(row.reference());
                } else {
                    lights.merge(report.trafficLight(), 1L, Long::sum);
                    if (report.trafficLight() == TrafficLight.RED) {
                        red.add(row.reference());
                    }
                }
            }
            if (row.phase() != Phase.IDEA && row.phase() != Phase.REJECTED && row.phase() != Phase.RETIRED
                    && !row.hasCurrentClassification()) {
                withoutClassification.add(row.reference());
            }
            if (row.phase() != Phase.REJECTED && row.phase() != Phase.RETIRED) {
                long[] c = counts.computeIfAbsent(row.strategicGoal(), g -> new long[2]);
                c[0]++;
                c[1] += row.hoursSavedPerYear() == null ? 0 : row.hoursSavedPerYear();
                BigDecimal[] cost = costs.computeIfAbsent(row.strategicGoal(),
                        g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                cost[0] = cost[0].add(row.yearlyCost() == null ? BigDecimal.ZERO : row.yearlyCost());
                cost[1] = cost[1].add(row.oneOffCost() == null ? BigDecimal.ZERO : row.oneOffCost());
            }
            if (row.phase() == Phase.PRODUCTION && row.hoursSavedPerYear() != null) {
                hoursInProduction += row.hoursSavedPerYear();
            }
            MilestoneCounts m = milestones.get(row.reference());
            if (m != null) {
                overdue += m.overdue();
                slipped += m.slipped();
                withOverdue += m.overdue() > 0 ? 1 : 0;
            }
        }
        List<String> top = rows.stream().filter(r -> r.priorityScore() != null)
                .filter(r -> r.phase() != Phase.REJECTED && r.phase() != Phase.RETIRED)
                .sorted(Comparator.comparing((PortfolioRow r) -> r.priorityScore()).reversed()
                        .thenComparing(PortfolioRow::reference))
                .limit(PortfolioDashboard.LISTED).map(PortfolioRow::reference).toList();

        assertThat(view.total()).isEqualTo(rows.size());
        for (Phase phase : Phase.values()) {
            assertThat(view.byPhase().get(phase)).as(phase.name()).isEqualTo(byPhase.getOrDefault(phase, 0L));
        }
        assertThat(view.byTier().keySet()).hasSize(RiskTier.values().length + 1);
        view.byTier().forEach((tier, n) -> assertThat(n).as(String.valueOf(tier))
                .isEqualTo(byTier.getOrDefault(tier, 0L)));
        for (TrafficLight light : TrafficLight.values()) {
            assertThat(view.lights().get(light)).as(light.name()).isEqualTo(lights.getOrDefault(light, 0L));
        }
        assertThat(view.reporting()).isEqualTo(lights.values().stream().mapToLong(Long::longValue).sum());
        assertThat(view.withoutReportCount()).isEqualTo(withoutReport.size());
        assertThat(references(view.withoutReport())).isEqualTo(first(withoutReport));
        assertThat(references(view.red())).isEqualTo(first(red));
        view.red().forEach(l -> assertThat(l.report()).isEqualTo(reports.get(l.useCase().reference())));
        view.withoutReport().forEach(l -> assertThat(l.report()).isEqualTo(reports.get(l.useCase().reference())));
        assertThat(view.withoutClassificationCount()).isEqualTo(withoutClassification.size());
        assertThat(references(view.withoutClassification())).isEqualTo(first(withoutClassification));
        assertThat(references(view.topPriorities())).isEqualTo(top);
        view.topPriorities().forEach(l -> assertThat(l.useCase()).isEqualTo(rows.stream()
                .filter(r -> r.reference().equals(l.useCase().reference())).findFirst().orElseThrow()));
        assertThat(view.hoursInProduction()).isEqualTo(hoursInProduction);
        assertThat(view.overdueMilestones()).isEqualTo(overdue);
        assertThat(view.slippedMilestones()).isEqualTo(slipped);
        assertThat(view.useCasesWithOverdue()).isEqualTo(withOverdue);
        for (PortfolioDashboard.Economics e : view.economics()) {
            long[] c = counts.getOrDefault(e.goal(), new long[2]);
            BigDecimal[] cost = costs.getOrDefault(e.goal(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            assertThat(e.useCases()).as(e.goal().name()).isEqualTo(c[0]);
            assertThat(e.hoursPerYear()).as(e.goal().name()).isEqualTo(c[1]);
            assertThat(e.costPerYear()).as(e.goal().name()).isEqualByComparingTo(
                    cost[0].add(cost[1].divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP)));
        }
    }

    private static List<String> references(List<PortfolioDashboard.Listed> listed) {
        return listed.stream().map(l -> l.useCase().reference()).toList();
    }

    private static List<String> first(List<String> all) {
        return all.stream().limit(PortfolioDashboard.LISTED).toList();
    }
}

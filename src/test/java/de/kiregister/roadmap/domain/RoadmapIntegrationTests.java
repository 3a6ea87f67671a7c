package de.kiregister.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import de.kiregister.classification.assessment.AssessmentFixtures;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.Notice;
import de.kiregister.register.PortfolioOrder;
import de.kiregister.register.PortfolioRow;
import de.kiregister.register.StartPageTasks;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.register.UseCasePortfolio;
import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import de.kiregister.roadmap.TrafficLight;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.test.EventPublications;
import de.kiregister.test.IntegrationTest;
import de.kiregister.test.PortfolioGenerator;
import de.kiregister.test.StatementCounter;
import de.kiregister.test.TestRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Roadmap, dashboard, milestones, reports and prioritisation on a real PostgreSQL. */
@IntegrationTest
@Import(TestRegister.class)
class RoadmapIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Roadmap roadmap;

    @Autowired
    PortfolioDashboard dashboard;

    @Autowired
    ProgressQueries progress;

    @Autowired
    MilestoneService milestones;

    @Autowired
    StatusReportService reports;

    @Autowired
    Prioritisation prioritisation;

    @Autowired
    UseCasePortfolio portfolio;

    @Autowired
    ReportingPeriod period;

    @Autowired
    TestRegister register;

    @Autowired
    RoadmapTasks tasks;

    private static String run() {
        return "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static Roadmap.Request firstPage() {
        return new Roadmap.Request(UseCaseFilter.ALL, PortfolioOrder.Grouping.STRATEGIC_GOAL,
                PortfolioOrder.SortKey.PRIORITY, 0, Roadmap.DEFAULT_PAGE_SIZE);
    }

    @Test
    void roadmapAndDashboardNeedTheSameNumberOfStatementsAt30And330UseCases() {
        PortfolioGenerator.generate(jdbc, run(), 30, 6, 6);
        EventPublications.awaitAllHandled(jdbc);
        long roadmapSmall = StatementCounter.count(() -> roadmap.view(firstPage()));
        long dashboardSmall = StatementCounter.count(() -> dashboard.view(UseCaseFilter.ALL));
        long exportSmall = StatementCounter.count(() -> roadmap.all(UseCaseFilter.ALL,
                PortfolioOrder.Grouping.DEPARTMENT, PortfolioOrder.SortKey.TITLE));
        long totalSmall = dashboard.view(UseCaseFilter.ALL).total();

        PortfolioGenerator.generate(jdbc, run(), 300, 6, 6);
        EventPublications.awaitAllHandled(jdbc);
        long roadmapLarge = StatementCounter.count(() -> roadmap.view(firstPage()));
        long dashboardLarge = StatementCounter.count(() -> dashboard.view(UseCaseFilter.ALL));
        long exportLarge = StatementCounter.count(() -> roadmap.all(UseCaseFilter.ALL,
                PortfolioOrder.Grouping.DEPARTMENT, PortfolioOrder.SortKey.TITLE));
        PortfolioDashboard.View large = dashboard.view(UseCaseFilter.ALL);

        assertThat(large.total()).isGreaterThanOrEqualTo(totalSmall + 300);
        assertThat(roadmap.view(firstPage()).entries()).hasSize(Roadmap.DEFAULT_PAGE_SIZE);
        assertThat(roadmapLarge).isEqualTo(roadmapSmall).isEqualTo(3);
        assertThat(dashboardLarge).isEqualTo(dashboardSmall).isEqualTo(9);
        assertThat(exportLarge).isEqualTo(exportSmall).isEqualTo(3);
        assertThat(large.overdueMilestones()).isPositive();
        assertThat(large.slippedMilestones()).isPositive();
        assertThat(large.withoutReportCount()).isPositive();
    }

    @Test
    void startPageTasksCountAsInMemoryWithTheSameNumberOfStatementsAtAnySize() {
        PortfolioGenerator.generate(jdbc, run(), 30, 6, 6);
        EventPublications.awaitAllHandled(jdbc);
        long wholeSmall = StatementCounter.count(() -> tasksOf("kihub", Role.KI_HUB));
        long ownSmall = StatementCounter.count(() -> tasksOf("bench-owner", Role.PROJECT_OWNER));
        PortfolioGenerator.generate(jdbc, run(), 300, 6, 6);
        EventPublications.awaitAllHandled(jdbc);
        assertThat(StatementCounter.count(() -> tasksOf("kihub", Role.KI_HUB))).isEqualTo(wholeSmall)
                .isLessThanOrEqualTo(6);
        assertThat(StatementCounter.count(() -> tasksOf("bench-owner", Role.PROJECT_OWNER))).isEqualTo(ownSmall)
                .isLessThanOrEqualTo(6);

        assertSameAsInMemory(tasksOf("kihub", Role.KI_HUB), UseCaseFilter.ALL);
        assertSameAsInMemory(tasksOf("bench-owner", Role.PROJECT_OWNER), UseCaseFilter.ALL.ownedBy("bench-owner"));
    }

    private List<StartPageTasks.TaskGroup> tasksOf(String username, Role role) {
        AtomicReference<List<StartPageTasks.TaskGroup>> groups = new AtomicReference<>();
        CurrentUser.runAs(username, role, () -> groups.set(tasks.tasksOfCurrentUser()));
        return groups.get();
    }

    /** The start page's former in-memory computation, as the reference. */
    private void assertSameAsInMemory(List<StartPageTasks.TaskGroup> groups, UseCaseFilter filter) {
        LocalDate today = period.today();
        List<PortfolioRow> rows = portfolio.rows(filter);
        Map<String, ProgressQueries.LatestReport> latest = progress.latestReports(null);
        List<String> missing = rows.stream().filter(r -> period.missing(r.phase(),
                latest.containsKey(r.reference()) ? latest.get(r.reference()).month() : null))
                .map(PortfolioRow::reference).sorted().toList();
        List<String> references = rows.stream().map(PortfolioRow::reference).toList();
        List<String> overdue = progress.overdue(references, today, RoadmapTasks.SHOWN).stream()
                .map(MilestoneRow::reference).toList();

        StartPageTasks.TaskGroup reportGroup = groups.getFirst();
        assertThat(reportGroup.id()).isEqualTo("reports");
        assertThat(reportGroup.total()).isEqualTo(missing.size()).isPositive();
        assertThat(reportGroup.tasks()).extracting(Notice::reference)
                .isEqualTo(missing.stream().limit(RoadmapTasks.SHOWN).toList());
        StartPageTasks.TaskGroup milestoneGroup = groups.get(1);
        assertThat(milestoneGroup.total()).isEqualTo(progress.countOverdue(references, today)).isPositive();
        assertThat(milestoneGroup.tasks()).extracting(Notice::reference).isEqualTo(overdue);
    }

    @Test
    void overdueAndSlippedInSqlAgreeWithTheMilestonePlan() {
        PortfolioGenerator.generate(jdbc, run(), 40, 6, 2);
        LocalDate today = period.today();
        List<String> references = portfolio.rows(UseCaseFilter.ALL).stream().map(r -> r.reference()).toList();
        Map<String, List<MilestoneRow>> rows = progress.milestones(references).stream()
                .collect(Collectors.groupingBy(MilestoneRow::reference));
        Map<String, ProgressQueries.MilestoneCounts> counts = progress.milestoneCounts(today);
        rows.forEach((reference, list) -> {
            long overdue = list.stream().filter(m -> m.plan().isOverdue(today)).count();
            long slipped = list.stream().filter(m -> m.plan().isSlipped()).count();
            ProgressQueries.MilestoneCounts c = counts.getOrDefault(reference,
                    new ProgressQueries.MilestoneCounts(0, 0));
            assertThat(c.overdue()).as(reference).isEqualTo(overdue);
            assertThat(c.slipped()).as(reference).isEqualTo(slipped);
        });
        assertThat(progress.countOverdue(references, today))
                .isEqualTo(rows.values().stream().flatMap(List::stream).filter(m -> m.plan().isOverdue(today)).count());
    }

    @Test
    void ownersMaintainTheirOwnUseCasesOnlyAndOnlyKiHubMovesThePlan() {
        String owner = register.user("rm-owner", Role.PROJECT_OWNER);
        String other = register.user("rm-other", Role.PROJECT_OWNER);
        String reference = register.inDialogue("Roadmap Rechte", owner, AssessmentFixtures.MINIMAL);
        LocalDate today = period.today();

        Milestone[] created = new Milestone[1];
        CurrentUser.runAs(owner, Role.PROJECT_OWNER, () -> created[0] = milestones.create(reference,
                MilestoneType.PILOT_START, null, today.plusMonths(2), null));
        Milestone m = created[0];
        CurrentUser.runAs(other, Role.PROJECT_OWNER, () -> assertThatThrownBy(() -> milestones.create(reference,
                MilestoneType.TRAINING, null, today, null)).isInstanceOf(AccessDeniedException.class));
        CurrentUser.runAs(owner, Role.CAIO, () -> assertThatThrownBy(() -> milestones.create(reference,
                MilestoneType.TRAINING, null, today, null)).isInstanceOf(AccessDeniedException.class));

        // The owner moves the forecast, not the plan.
        CurrentUser.runAs(owner, Role.PROJECT_OWNER, () -> {
            assertThatThrownBy(() -> milestones.update(reference, m.id(), m.version(), new MilestoneService.Change(
                    today.plusMonths(3), null, MilestoneStatus.PLANNED, null, null)))
                    .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("milestone.replan.kiHubOnly");
            milestones.update(reference, m.id(), m.version(), new MilestoneService.Change(today.plusMonths(2),
                    today.plusMonths(4), MilestoneStatus.PLANNED, null, null));
        });
        Milestone moved = milestones.byId(reference, m.id());
        assertThat(moved.plannedDate()).isEqualTo(today.plusMonths(2));
        assertThat(moved.forecastDate()).isEqualTo(today.plusMonths(4));
        assertThat(moved.plan().isSlipped()).isTrue();

        // A stale version is refused with who and when; nothing changes.
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> assertThatThrownBy(() -> milestones.update(
                reference, m.id(), m.version(), new MilestoneService.Change(today.plusMonths(1), null,
                        MilestoneStatus.PLANNED, null, null))).isInstanceOf(ChangedConcurrently.class));
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> milestones.update(reference, m.id(),
                moved.version(), new MilestoneService.Change(today.plusMonths(1), today.plusMonths(4),
                        MilestoneStatus.IN_PROGRESS, null, null)));
        assertThat(milestones.byId(reference, m.id()).plannedDate()).isEqualTo(today.plusMonths(1));
        assertThat(milestones.byId(reference, m.id()).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
    }

    @Test
    void aSecondReportForTheMonthIsRefusedUnlessFiledAsACorrection() {
        String owner = register.user("rp-owner", Role.PROJECT_OWNER);
        String reference = register.inDialogue("Bericht Korrektur", owner, AssessmentFixtures.MINIMAL);
        YearMonth due = period.dueMonth();
        ReportContent green = new ReportContent(TrafficLight.GREEN, 30, "Läuft nach Plan", null, null);
        ReportContent red = new ReportContent(TrafficLight.RED, 30, "Anbieter fällt aus", "Verzug", null);

        CurrentUser.runAs(owner, Role.PROJECT_OWNER, () -> {
            assertThat(portfolioMissing(reference)).isTrue();
            StatusReport first = reports.file(reference, due, green, null);
            assertThat(portfolioMissing(reference)).isFalse();
            assertThatThrownBy(() -> reports.file(reference, due, red, null))
                    .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("report.month.exists");
            assertThatThrownBy(() -> reports.file(reference, due.plusMonths(2), green, null))
                    .hasMessageContaining("report.month.range");
            StatusReport correction = reports.file(reference, due, red, first.id());
            assertThat(correction.corrects()).isEqualTo(first.id());
            assertThatThrownBy(() -> reports.file(reference, due, green, first.id()))
                    .isInstanceOf(ChangedConcurrently.class);
        });
        assertThat(reports.of(reference)).hasSize(2).first().satisfies(r -> {
            assertThat(r.isCurrent()).isTrue();
            assertThat(r.trafficLight()).isEqualTo(TrafficLight.RED);
        });
        assertThat(progress.latestReports(List.of(reference)).get(reference).trafficLight())
                .isEqualTo(TrafficLight.RED);
        String other = register.user("rp-other", Role.PROJECT_OWNER);
        CurrentUser.runAs(other, Role.PROJECT_OWNER, () -> assertThatThrownBy(() -> reports.file(reference,
                due.minusMonths(1), green, null)).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void ratingsAndWeightsSetTheScoreTheRegisterListSortsBy() {
        String reference = register.inDialogue("Priorität", TestRegister.KI_HUB, AssessmentFixtures.MINIMAL);
        EventPublications.awaitAllHandled(jdbc);
        // The listener scored the new use case with the neutral ratings.
        assertThat(portfolio.row(reference).orElseThrow().priorityScore()).isNotNull();

        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> prioritisation.rate(reference, -1, 5, 5));
        Prioritisation.Breakdown rated = prioritisation.breakdown(reference);
        assertThat(rated.criteria().strategicFit()).isEqualTo(5);
        assertThat(portfolio.row(reference).orElseThrow().priorityScore()).isEqualTo(rated.score());
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> assertThatThrownBy(
                () -> prioritisation.rate(reference, -1, 1, 1)).isInstanceOf(ChangedConcurrently.class));

        PriorityWeights before = prioritisation.weights();
        CurrentUser.runAs("admin-test", Role.ADMIN, () -> prioritisation.changeWeights(before.version(),
                new PriorityScore.Weights(10, 0, 0, 0, 0)));
        try {
            assertThat(portfolio.row(reference).orElseThrow().priorityScore()).isEqualTo(100);
            CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> assertThatThrownBy(() -> prioritisation
                    .changeWeights(0, new PriorityScore.Weights(1, 1, 1, 1, 1)))
                    .isInstanceOf(AccessDeniedException.class));
        } finally {
            CurrentUser.runAs("admin-test", Role.ADMIN, () -> prioritisation.changeWeights(
                    prioritisation.weights().version(), before.weights()));
        }
    }

    private boolean portfolioMissing(String reference) {
        var latest = progress.latestReports(List.of(reference)).get(reference);
        return period.missing(portfolio.row(reference).orElseThrow().phase(), latest == null ? null : latest.month());
    }
}

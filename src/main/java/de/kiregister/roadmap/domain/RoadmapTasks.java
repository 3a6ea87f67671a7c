package de.kiregister.roadmap.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.Notice;
import de.kiregister.register.PortfolioGroup;
import de.kiregister.register.PortfolioRow;
import de.kiregister.register.StartPageTasks;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.register.UseCaseNotices;
import de.kiregister.register.UseCasePortfolio;
import de.kiregister.roadmap.domain.ProgressQueries.LatestReport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missing status reports and overdue milestones: on the start page (a project owner's own use cases; the whole
 * portfolio for KI-Hub and the CAIO) and as warnings on a use case's overview.
 */
@Component
@Transactional(readOnly = true)
class RoadmapTasks implements StartPageTasks, UseCaseNotices {

    static final int SHOWN = 10;

    private final UseCasePortfolio portfolio;
    private final ProgressQueries progress;
    private final ReportingPeriod period;
    private final Labels labels;

    RoadmapTasks(UseCasePortfolio portfolio, ProgressQueries progress, ReportingPeriod period, Labels labels) {
        this.portfolio = portfolio;
        this.progress = progress;
        this.period = period;
        this.labels = labels;
    }

    /**
     * Counted in SQL like the dashboard: the references of the use cases in view come as one array per group, the
     * month-due state of the running ones is counted by the database, and only the listed use cases are read as
     * rows – five or six statements at any size, none a row per use case (the whole portfolio for KI-Hub and the
     * CAIO had read all 10,000 rows and their reports on every visit of the start page).
     */
    @Override
    public List<TaskGroup> tasksOfCurrentUser() {
        boolean wholePortfolio = CurrentUser.hasRole(Role.KI_HUB) || CurrentUser.hasRole(Role.CAIO);
        if (!wholePortfolio && !CurrentUser.hasRole(Role.PROJECT_OWNER)) {
            return List.of();
        }
        UseCaseFilter filter = wholePortfolio ? UseCaseFilter.ALL
                : UseCaseFilter.ALL.ownedBy(CurrentUser.username().orElse(""));
        progress.planWithActualParameters();
        List<String> inView = new ArrayList<>();
        List<String> running = new ArrayList<>();
        for (PortfolioGroup group : portfolio.groups(filter)) {
            inView.addAll(group.references());
            if (ReportingPeriod.reports(group.phase())) {
                running.addAll(group.references());
            }
        }
        ProgressQueries.ReportStates states = progress.reportStates(running, period.dueMonth(), SHOWN);
        LocalDate today = period.today();
        List<String> scope = wholePortfolio ? null : inView;
        List<MilestoneRow> overdue = inView.isEmpty() ? List.of() : progress.overdue(scope, today, SHOWN);

        Set<String> listed = new HashSet<>();
        states.withoutReport().forEach(l -> listed.add(l.reference()));
        overdue.forEach(m -> listed.add(m.reference()));
        Map<String, PortfolioRow> rows = portfolio.rows(listed).stream()
                .collect(Collectors.toMap(PortfolioRow::reference, Function.identity()));

        String due = labels.month(period.dueMonth());
        // A use case deleted between the statements is left out rather than shown without its title.
        List<Notice> reportTasks = states.withoutReport().stream().map(l -> rows.get(l.reference()))
                .filter(Objects::nonNull).map(r -> new Notice(r.reference(), r.title(), "home.tasks.report",
                        List.of(due), reportsPath(r.reference()))).toList();
        List<Notice> milestoneTasks = new ArrayList<>();
        for (MilestoneRow m : overdue) {
            PortfolioRow row = rows.get(m.reference());
            if (row != null) {
                milestoneTasks.add(new Notice(m.reference(), row.title(), "home.tasks.milestone",
                        List.of(labels.milestone(m.type(), m.name()), m.plan().daysOverdue(today)),
                        "/use-cases/" + m.reference() + "/milestones"));
            }
        }
        long overdueTotal = overdue.size() < SHOWN ? milestoneTasks.size() : progress.countOverdue(scope, today);
        return List.of(
                new TaskGroup(20, "reports", wholePortfolio ? "home.tasks.reports.all" : "home.tasks.reports",
                        "home.tasks.reports.none", reportTasks, states.missing(), "/portfolio#gaps"),
                new TaskGroup(30, "milestones", wholePortfolio ? "home.tasks.milestones.all" : "home.tasks.milestones",
                        "home.tasks.milestones.none", milestoneTasks, overdueTotal, "/roadmap"));
    }

    @Override
    public List<Notice> noticesFor(String reference) {
        return portfolio.row(reference).map(row -> {
            List<Notice> notices = new ArrayList<>();
            LatestReport latest = progress.latestReports(List.of(reference)).get(reference);
            if (period.missing(row.phase(), latest == null ? null : latest.month())) {
                notices.add(new Notice(reference, row.title(), "usecase.notice.reportMissing",
                        List.of(labels.month(period.dueMonth())), reportsPath(reference)));
            }
            long overdue = progress.countOverdue(List.of(reference), period.today());
            if (overdue > 0) {
                notices.add(new Notice(reference, row.title(), "usecase.notice.milestonesOverdue", List.of(overdue),
                        "/use-cases/" + reference + "/milestones"));
            }
            return notices;
        }).orElse(List.of());
    }

    private static String reportsPath(String reference) {
        return "/use-cases/" + reference + "/reports";
    }
}

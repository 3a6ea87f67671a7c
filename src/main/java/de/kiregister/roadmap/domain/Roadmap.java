package de.kiregister.roadmap.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.kiregister.register.PortfolioOrder;
import de.kiregister.register.PortfolioRow;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.register.UseCasePortfolio;
import de.kiregister.roadmap.domain.ProgressQueries.LatestReport;
import de.kiregister.roadmap.domain.RoadmapLayout.Bar;
import de.kiregister.roadmap.domain.RoadmapLayout.Marker;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap: one page of use cases in swimlanes, each with its bar, milestones and latest traffic light. Three
 * statements whatever the size of the portfolio: the page with its total from the register, the page's milestones
 * and latest reports from this module.
 */
@Service
@Transactional(readOnly = true)
public class Roadmap {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;

    private final UseCasePortfolio portfolio;
    private final ProgressQueries progress;
    private final ReportingPeriod period;

    Roadmap(UseCasePortfolio portfolio, ProgressQueries progress, ReportingPeriod period) {
        this.portfolio = portfolio;
        this.progress = progress;
        this.period = period;
    }

    public record Request(UseCaseFilter filter, PortfolioOrder.Grouping grouping, PortfolioOrder.SortKey sort,
            int page, int size) {

        public Request {
            page = Math.max(0, page);
            size = Math.clamp(size, 1, MAX_PAGE_SIZE);
        }
    }

    /**
     * One use case on the roadmap.
     *
     * @param bar null without milestones
     * @param reportMissing a running project without a report for the month due
     */
    public record Entry(PortfolioRow useCase, @Nullable Bar bar, List<Marker> markers,
            @Nullable LatestReport report, boolean reportMissing) {

        public long overdueCount() {
            return markers.stream().filter(Marker::overdue).count();
        }

        public long slippedCount() {
            return markers.stream().filter(Marker::slipped).count();
        }
    }

    /** A swimlane: its key (enum name or department) and its use cases. */
    public record Lane(String key, List<Entry> entries) {
    }

    public record View(TimelineWindow window, PortfolioOrder.Grouping grouping, List<Lane> lanes,
            Page<PortfolioRow> page) {

        public List<Entry> entries() {
            return lanes.stream().flatMap(l -> l.entries().stream()).toList();
        }
    }

    public View view(Request request) {
        Page<PortfolioRow> page = portfolio.page(request.filter(),
                new PortfolioOrder(request.grouping(), request.sort()), request.page(), request.size());
        if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
            // Beyond the end (after narrowing the filter): the last page instead of nothing.
            page = portfolio.page(request.filter(), new PortfolioOrder(request.grouping(), request.sort()),
                    Math.max(0, page.getTotalPages() - 1), request.size());
        }
        return view(page.getContent(), request.grouping(), page);
    }

    /** Every use case the filter lets through, in the roadmap's order (exports): five statements. */
    public View all(UseCaseFilter filter, PortfolioOrder.Grouping grouping, PortfolioOrder.SortKey sort) {
        List<PortfolioRow> rows = new ArrayList<>(portfolio.rows(filter));
        rows.sort(order(grouping, sort));
        return view(rows, grouping, null);
    }

    /** The order of {@link UseCasePortfolio#page}, in memory. */
    static Comparator<PortfolioRow> order(PortfolioOrder.Grouping grouping, PortfolioOrder.SortKey sort) {
        Comparator<PortfolioRow> lane = switch (grouping) {
            case NONE -> (a, b) -> 0;
            case STRATEGIC_GOAL -> Comparator.comparing(PortfolioRow::strategicGoal);
            case DEPARTMENT -> Comparator.comparing(r -> r.departmentName().toLowerCase(Locale.ROOT));
            case HORIZON -> Comparator.comparing(PortfolioRow::horizon);
        };
        Comparator<PortfolioRow> key = switch (sort) {
            case PRIORITY -> Comparator.comparing(PortfolioRow::priorityScore,
                    Comparator.nullsLast(Comparator.<Integer>reverseOrder()));
            case REFERENCE -> (a, b) -> 0;
            case TITLE -> Comparator.comparing(r -> r.title().toLowerCase(Locale.ROOT));
        };
        return lane.thenComparing(key).thenComparing(PortfolioRow::reference);
    }

    /** The roadmap of these use cases, in the given order. */
    public View view(List<PortfolioRow> rows, PortfolioOrder.Grouping grouping, @Nullable Page<PortfolioRow> page) {
        TimelineWindow window = TimelineWindow.around(period.today());
        List<String> references = rows.stream().map(PortfolioRow::reference).toList();
        Map<String, List<MilestoneRow>> milestones = progress.milestones(references).stream()
                .collect(Collectors.groupingBy(MilestoneRow::reference));
        Map<String, LatestReport> reports = progress.latestReports(references);
        Map<String, List<Entry>> lanes = new LinkedHashMap<>();
        for (PortfolioRow row : rows) {
            List<MilestoneRow> own = milestones.getOrDefault(row.reference(), List.of());
            LatestReport report = reports.get(row.reference());
            boolean missing = period.missing(row.phase(), report == null ? null : report.month());
            lanes.computeIfAbsent(row.laneKey(grouping), k -> new ArrayList<>()).add(new Entry(row,
                    RoadmapLayout.bar(own, window).orElse(null), RoadmapLayout.markers(own, window), report,
                    missing));
        }
        List<Lane> result = lanes.entrySet().stream().map(e -> new Lane(e.getKey(), e.getValue())).toList();
        return new View(window, grouping, result, page == null ? Page.empty() : page);
    }
}

package de.kiregister.roadmap.web;

import de.kiregister.register.PortfolioOrder;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.roadmap.domain.Roadmap;
import de.kiregister.shared.web.QueryNumbers;
import org.jspecify.annotations.Nullable;

/**
 * The query string of roadmap and portfolio: the register list's filters, the swimlanes and the sort. Read
 * leniently, as the register list does: an unknown value is ignored.
 */
record RoadmapParameters(@Nullable String q, @Nullable String phase, @Nullable String department,
        @Nullable String goal, @Nullable String horizon, @Nullable String category, @Nullable String tier,
        @Nullable String lanes, @Nullable String sort, @Nullable String page, @Nullable String size) {

    UseCaseFilter filter() {
        return UseCaseFilter.parse(q, phase, department, goal, horizon, category, tier);
    }

    PortfolioOrder.Grouping grouping() {
        return UseCaseFilter.parse(PortfolioOrder.Grouping.class, lanes).orElse(PortfolioOrder.Grouping.STRATEGIC_GOAL);
    }

    PortfolioOrder.SortKey sortKey() {
        return UseCaseFilter.parse(PortfolioOrder.SortKey.class, sort).orElse(PortfolioOrder.SortKey.PRIORITY);
    }

    Roadmap.Request request() {
        return new Roadmap.Request(filter(), grouping(), sortKey(), QueryNumbers.orDefault(page, 0),
                QueryNumbers.orDefault(size, Roadmap.DEFAULT_PAGE_SIZE));
    }
}

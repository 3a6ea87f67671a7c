package de.kiregister.roadmap.web;

import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Phase;
import de.kiregister.register.PortfolioOrder;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCasePortfolio;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the filter form roadmap and portfolio share (fragment roadmap/fragments :: filter). */
@Component
class FilterChoices {

    private final UseCasePortfolio portfolio;

    FilterChoices(UseCasePortfolio portfolio) {
        this.portfolio = portfolio;
    }

    void addTo(Model model, RoadmapParameters parameters) {
        model.addAttribute("params", parameters);
        model.addAttribute("filter", parameters.filter());
        model.addAttribute("departments", portfolio.departments());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("goals", StrategicGoal.values());
        model.addAttribute("horizons", Horizon.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("tiers", RiskTier.values());
        model.addAttribute("groupings", new PortfolioOrder.Grouping[] {PortfolioOrder.Grouping.STRATEGIC_GOAL,
                PortfolioOrder.Grouping.DEPARTMENT, PortfolioOrder.Grouping.HORIZON});
        model.addAttribute("sortKeys", PortfolioOrder.SortKey.values());
    }
}

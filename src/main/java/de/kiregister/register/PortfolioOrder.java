package de.kiregister.register;

/**
 * How a portfolio page is ordered: first grouped into swimlanes (strategic goal and horizon in the order of their
 * enums, departments by name), then within a lane by the sort key.
 */
public record PortfolioOrder(Grouping grouping, SortKey sortKey) {

    public enum Grouping {
        NONE, STRATEGIC_GOAL, DEPARTMENT, HORIZON
    }

    /** Priority: highest score first, unscored last; reference and title ascending. */
    public enum SortKey {
        PRIORITY, REFERENCE, TITLE
    }
}

package de.kiregister.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;

/**
 * The portfolio as lightweight rows, for roadmap, dashboard and exports. Every method answers in a fixed number
 * of SQL statements, whatever the size of the register (ADR-016).
 */
public interface UseCasePortfolio {

    /** Every use case the filter lets through, by reference; one statement. */
    List<PortfolioRow> rows(UseCaseFilter filter);

    /** One page of them in the given order with the total; one statement (two for an empty page beyond the first). */
    Page<PortfolioRow> page(UseCaseFilter filter, PortfolioOrder order, int page, int size);

    Optional<PortfolioRow> row(String reference);

    /** These use cases (those that exist), by reference; one statement. */
    List<PortfolioRow> rows(Collection<String> references);

    /** The filtered use cases counted and summed per phase, tier and strategic goal, with their references; one statement. */
    List<PortfolioGroup> groups(UseCaseFilter filter);

    /**
     * The first {@code limit} filtered use cases in these phases that have a priority score, highest score first,
     * then by reference; one statement.
     */
    List<PortfolioRow> topPriorities(UseCaseFilter filter, Set<Phase> phases, int limit);

    /**
     * The first {@code limit} filtered use cases in these phases without a current classification (none, or a stale
     * one), by reference; one statement.
     */
    List<PortfolioRow> withoutCurrentClassification(UseCaseFilter filter, Set<Phase> phases, int limit);

    /** All departments (Fachämter), active or not, by name: for filter choices. */
    List<DepartmentOption> departments();

    record DepartmentOption(UUID id, String name) {
    }
}

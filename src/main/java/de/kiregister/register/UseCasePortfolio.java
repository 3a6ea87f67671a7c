package de.kiregister.register;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;

/**
 * The portfolio as lightweight rows, for roadmap, dashboard and exports. Every method answers in a fixed number
 * of SQL statements, whatever the size of the register (ADR-016).
 */
public interface UseCasePortfolio {

    /** Every use case the filter lets through, by reference; one statement. */
    List<PortfolioRow> rows(UseCaseFilter filter);

    /** One page of them in the given order; two statements (rows, count). */
    Page<PortfolioRow> page(UseCaseFilter filter, PortfolioOrder order, int page, int size);

    Optional<PortfolioRow> row(String reference);

    /** All departments (Fachämter), active or not, by name: for filter choices. */
    List<DepartmentOption> departments();

    record DepartmentOption(UUID id, String name) {
    }
}

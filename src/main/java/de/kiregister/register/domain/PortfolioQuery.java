package de.kiregister.register.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Phase;
import de.kiregister.register.PortfolioOrder;
import de.kiregister.register.PortfolioRow;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.register.UseCasePortfolio;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link UseCasePortfolio} as one SQL projection over the register's own tables (use case, department, its copies
 * of tier and priority), with the register list's filters ({@link UseCaseListQuery#where}).
 */
@Component
@Transactional(readOnly = true)
class PortfolioQuery implements UseCasePortfolio {

    private static final String COLUMNS = """
            select u.reference, u.title, d.name as department, u.strategic_goal, u.horizon, u.phase, u.category,
                   t.tier, coalesce(t.stale, false) as tier_stale, u.one_off_cost, u.yearly_cost, u.person_days,
                   u.hours_saved_per_year, u.owner_username, p.score
            """;

    private final JdbcClient jdbc;
    private final DepartmentRepository departments;

    PortfolioQuery(JdbcClient jdbc, DepartmentRepository departments) {
        this.jdbc = jdbc;
        this.departments = departments;
    }

    @Override
    public List<PortfolioRow> rows(UseCaseFilter filter) {
        UseCaseListQuery.Where where = UseCaseListQuery.where(filter);
        JdbcClient.StatementSpec rows = jdbc.sql(COLUMNS + UseCaseListQuery.FROM + where.sql() + " order by u.reference");
        where.bind().accept(rows);
        return rows.query(PortfolioQuery::row).list();
    }

    @Override
    public Page<PortfolioRow> page(UseCaseFilter filter, PortfolioOrder order, int page, int size) {
        int pageSize = Math.clamp(size, 1, 500);
        int pageNumber = Math.max(0, page);
        UseCaseListQuery.Where where = UseCaseListQuery.where(filter);
        JdbcClient.StatementSpec rows = jdbc.sql(COLUMNS + UseCaseListQuery.FROM + where.sql() + " order by "
                + orderBy(order) + " limit :limit offset :offset");
        where.bind().accept(rows);
        List<PortfolioRow> content = rows.param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query(PortfolioQuery::row).list();
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) " + UseCaseListQuery.FROM + where.sql());
        where.bind().accept(count);
        return new PageImpl<>(content, PageRequest.of(pageNumber, pageSize), count.query(Long.class).single());
    }

    @Override
    public Optional<PortfolioRow> row(String reference) {
        return jdbc.sql(COLUMNS + UseCaseListQuery.FROM + " where u.reference = :reference")
                .param("reference", reference).query(PortfolioQuery::row).optional();
    }

    @Override
    public List<DepartmentOption> departments() {
        return departments.findAllByOrderByNameAsc().stream().map(d -> new DepartmentOption(d.id(), d.name()))
                .toList();
    }

    /** Built from enum names only: nothing of a request reaches the SQL text. */
    private static String orderBy(PortfolioOrder order) {
        String lane = switch (order.grouping()) {
            case NONE -> "";
            case STRATEGIC_GOAL -> position("u.strategic_goal", StrategicGoal.values()) + ", ";
            case DEPARTMENT -> "lower(d.name), ";
            case HORIZON -> position("u.horizon", Horizon.values()) + ", ";
        };
        String key = switch (order.sortKey()) {
            case PRIORITY -> "p.score desc nulls last, u.reference";
            case REFERENCE -> "u.reference";
            case TITLE -> "lower(u.title), u.reference";
        };
        return lane + key;
    }

    private static String position(String column, Enum<?>[] values) {
        return "array_position(array[" + Arrays.stream(values).map(v -> "'" + v.name() + "'")
                .collect(Collectors.joining(", ")) + "]::text[], " + column + ")";
    }

    private static PortfolioRow row(ResultSet rs, int rowNum) throws SQLException {
        String tier = rs.getString("tier");
        return new PortfolioRow(rs.getString("reference"), rs.getString("title"), rs.getString("department"),
                StrategicGoal.valueOf(rs.getString("strategic_goal")), Horizon.valueOf(rs.getString("horizon")),
                Phase.valueOf(rs.getString("phase")), Category.valueOf(rs.getString("category")),
                tier == null ? null : RiskTier.valueOf(tier), rs.getBoolean("tier_stale"),
                rs.getBigDecimal("one_off_cost"), rs.getBigDecimal("yearly_cost"),
                rs.getObject("person_days", Integer.class), rs.getObject("hours_saved_per_year", Integer.class),
                rs.getString("owner_username"), rs.getObject("score", Integer.class));
    }
}

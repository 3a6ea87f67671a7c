package de.kiregister.register.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Phase;
import de.kiregister.register.PortfolioGroup;
import de.kiregister.register.PortfolioOrder;
import de.kiregister.register.PortfolioRow;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.register.UseCasePortfolio;
import de.kiregister.shared.SqlArrays;
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
        // The page is chosen on the narrow keys first (the sort has to see every filtered use case) and only its
        // rows are read in full; the total comes with it as a window count, so the usual page is one statement.
        JdbcClient.StatementSpec rows = jdbc.sql(COLUMNS + ", k.total from (select u.reference, count(*) over () as total "
                + UseCaseListQuery.FROM + where.sql() + " order by " + orderBy(order)
                + " limit :limit offset :offset) k join use_case u on u.reference = k.reference"
                + " join department d on d.id = u.department_id"
                + " left join use_case_risk_tier t on t.use_case_reference = u.reference"
                + " left join use_case_priority p on p.use_case_reference = u.reference order by " + orderBy(order));
        where.bind().accept(rows);
        long[] total = {-1};
        List<PortfolioRow> content = rows.param("limit", pageSize).param("offset", (long) pageNumber * pageSize)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return row(rs, n);
                }).list();
        if (content.isEmpty()) {
            // Before the first or beyond the last page: the count on its own.
            JdbcClient.StatementSpec count = jdbc.sql("select count(*) " + UseCaseListQuery.FROM + where.sql());
            where.bind().accept(count);
            total[0] = pageNumber == 0 ? 0 : count.query(Long.class).single();
        }
        return new PageImpl<>(content, PageRequest.of(pageNumber, pageSize), total[0]);
    }

    @Override
    public Optional<PortfolioRow> row(String reference) {
        return jdbc.sql(COLUMNS + UseCaseListQuery.FROM + " where u.reference = :reference")
                .param("reference", reference).query(PortfolioQuery::row).optional();
    }

    @Override
    public List<PortfolioRow> rows(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + UseCaseListQuery.FROM
                        + " where u.reference = any(cast(:references as text[])) order by u.reference")
                .param("references", SqlArrays.textArray(Set.copyOf(references))).query(PortfolioQuery::row).list();
    }

    @Override
    public List<PortfolioGroup> groups(UseCaseFilter filter) {
        UseCaseListQuery.Where where = UseCaseListQuery.where(filter);
        JdbcClient.StatementSpec groups = jdbc.sql("""
                select u.phase, t.tier, coalesce(t.stale, false) as tier_stale, u.strategic_goal, count(*) as n,
                       coalesce(sum(u.hours_saved_per_year), 0) as hours, coalesce(sum(u.one_off_cost), 0) as one_off,
                       coalesce(sum(u.yearly_cost), 0) as yearly, array_agg(u.reference) as refs
                """ + UseCaseListQuery.FROM + where.sql() + " group by 1, 2, 3, 4");
        where.bind().accept(groups);
        return groups.query((rs, n) -> {
            String tier = rs.getString("tier");
            return new PortfolioGroup(Phase.valueOf(rs.getString("phase")),
                    tier == null ? null : RiskTier.valueOf(tier), rs.getBoolean("tier_stale"),
                    StrategicGoal.valueOf(rs.getString("strategic_goal")), rs.getLong("n"), rs.getLong("hours"),
                    rs.getBigDecimal("one_off"), rs.getBigDecimal("yearly"), references(rs.getArray("refs")));
        }).list();
    }

    /** An array column of references: thousands of them in a few hundred values instead of one row each. */
    private static List<String> references(Array refs) throws SQLException {
        try {
            return List.of((String[]) refs.getArray());
        } finally {
            refs.free();
        }
    }

    @Override
    public List<PortfolioRow> topPriorities(UseCaseFilter filter, Set<Phase> phases, int limit) {
        return first(filter, phases, "p.score is not null", "p.score desc, u.reference", limit);
    }

    @Override
    public List<PortfolioRow> withoutCurrentClassification(UseCaseFilter filter, Set<Phase> phases, int limit) {
        return first(filter, phases, "(t.tier is null or t.stale)", "u.reference", limit);
    }

    /** The first rows of the filter in these phases that meet {@code condition} (fixed SQL, no request values). */
    private List<PortfolioRow> first(UseCaseFilter filter, Set<Phase> phases, String condition, String orderBy,
            int limit) {
        if (phases.isEmpty() || limit <= 0) {
            return List.of();
        }
        UseCaseListQuery.Where where = UseCaseListQuery.where(filter);
        String conditions = "u.phase = any(cast(:phases as text[])) and " + condition;
        JdbcClient.StatementSpec rows = jdbc.sql(COLUMNS + UseCaseListQuery.FROM
                + (where.sql().isEmpty() ? " where " + conditions : where.sql() + " and " + conditions)
                + " order by " + orderBy + " limit :limit");
        where.bind().accept(rows);
        return rows.param("phases", SqlArrays.textArray(phases.stream().map(Phase::name).toList()))
                .param("limit", limit).query(PortfolioQuery::row).list();
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

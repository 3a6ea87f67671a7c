package de.kiregister.register.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCaseFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register list as one SQL projection: German full-text search on the stored {@code search_vector}
 * ({@code websearch_to_tsquery}, so quotes and "-word" work as people expect), filters, sort and page in two
 * statements (rows, count) whatever the size of the register.
 */
@Component
class UseCaseListQuery {

    private static final Map<UseCaseSearch.SortKey, String> ORDER = Map.of(
            UseCaseSearch.SortKey.RELEVANCE, "ts_rank(u.search_vector, websearch_to_tsquery('german', :query))",
            UseCaseSearch.SortKey.REFERENCE, "u.reference",
            UseCaseSearch.SortKey.TITLE, "lower(u.title)",
            UseCaseSearch.SortKey.DEPARTMENT, "lower(d.name)",
            UseCaseSearch.SortKey.PHASE, "u.phase",
            UseCaseSearch.SortKey.PRIORITY, "p.score",
            UseCaseSearch.SortKey.CHANGED, "u.changed_at");

    /**
     * The tier is the register's own copy (use_case_risk_tier), kept by classification through RiskTiers; the
     * priority score likewise (use_case_priority), kept by the roadmap through PriorityScores.
     */
    static final String FROM = """
            from use_case u
            join department d on d.id = u.department_id
            left join use_case_risk_tier t on t.use_case_reference = u.reference
            left join use_case_priority p on p.use_case_reference = u.reference
            """;

    private final JdbcClient jdbc;

    UseCaseListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<UseCaseRow> page(UseCaseSearch search) {
        Where where = where(search.filter());
        // Relevance is "best first" by nature; the other keys follow the chosen direction.
        boolean descending = search.sort() == UseCaseSearch.SortKey.RELEVANCE || search.descending();
        String sql = """
                select u.reference, u.title, u.summary, d.name as department, u.phase, u.strategic_goal, u.horizon,
                       u.category, u.owner_username, u.changed_at, t.tier, coalesce(t.stale, false) as tier_stale,
                       p.score
                """ + FROM + where.sql + " order by " + ORDER.get(search.sort()) + (descending ? " desc" : " asc")
                + " nulls last"
                + ", u.reference limit :limit offset :offset";
        JdbcClient.StatementSpec rows = jdbc.sql(sql);
        where.bind.accept(rows);
        List<UseCaseRow> content = rows.param("limit", search.size())
                .param("offset", (long) search.page() * search.size())
                .query(UseCaseListQuery::row)
                .list();
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) " + FROM + where.sql);
        where.bind.accept(count);
        long total = count.query(Long.class).single();
        return new PageImpl<>(content, PageRequest.of(search.page(), search.size()), total);
    }

    record Where(String sql, Consumer<JdbcClient.StatementSpec> bind) {
    }

    /** The filters as a where clause over {@link #FROM}; values are bound, never part of the SQL text. */
    static Where where(UseCaseFilter search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (search.query() != null) {
            conditions.add("u.search_vector @@ websearch_to_tsquery('german', :query)");
            params.put("query", search.query());
        }
        if (search.phase() != null) {
            conditions.add("u.phase = :phase");
            params.put("phase", search.phase().name());
        }
        if (search.departmentId() != null) {
            conditions.add("u.department_id = :department");
            params.put("department", search.departmentId());
        }
        if (search.strategicGoal() != null) {
            conditions.add("u.strategic_goal = :goal");
            params.put("goal", search.strategicGoal().name());
        }
        if (search.horizon() != null) {
            conditions.add("u.horizon = :horizon");
            params.put("horizon", search.horizon().name());
        }
        if (search.category() != null) {
            conditions.add("u.category = :category");
            params.put("category", search.category().name());
        }
        if (search.unclassified()) {
            conditions.add("t.tier is null");
        } else if (search.tier() != null) {
            conditions.add("t.tier = :tier");
            params.put("tier", search.tier().name());
        }
        if (search.ownerUsername() != null) {
            conditions.add("u.owner_username = :owner");
            params.put("owner", search.ownerUsername());
        }
        String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new Where(sql, spec -> params.forEach(spec::param));
    }

    private static UseCaseRow row(ResultSet rs, int rowNum) throws SQLException {
        return new UseCaseRow(rs.getString("reference"), rs.getString("title"), rs.getString("summary"),
                rs.getString("department"), Phase.valueOf(rs.getString("phase")),
                StrategicGoal.valueOf(rs.getString("strategic_goal")), Horizon.valueOf(rs.getString("horizon")),
                Category.valueOf(rs.getString("category")), rs.getString("owner_username"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getString("tier") == null ? null : RiskTier.valueOf(rs.getString("tier")),
                rs.getBoolean("tier_stale"), rs.getObject("score", Integer.class));
    }
}

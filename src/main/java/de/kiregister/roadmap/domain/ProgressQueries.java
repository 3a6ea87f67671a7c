package de.kiregister.roadmap.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import de.kiregister.roadmap.TrafficLight;
import de.kiregister.shared.SqlArrays;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap module's reads across many use cases, each one SQL statement over its own tables whatever the number
 * of use cases: a list of references travels as one array parameter. Slip and overdue in SQL follow
 * {@link MilestonePlan} exactly (expected = actual, else forecast, else planned).
 */
@Component
@Transactional(readOnly = true)
public class ProgressQueries {

    private static final String OPEN = "status in ('PLANNED', 'IN_PROGRESS')";

    /** The latest current report of a use case. */
    public record LatestReport(String reference, YearMonth month, TrafficLight trafficLight, int progress,
            String summary, Instant reportedAt) {
    }

    /** How many of a use case's milestones are overdue and slipped. */
    public record MilestoneCounts(long overdue, long slipped) {
    }

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The milestones of these use cases, by use case and planned date. */
    public List<MilestoneRow> milestones(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, use_case_reference, type, name, planned_date, forecast_date, actual_date, status
                from milestone where use_case_reference = any(cast(:references as text[]))
                order by use_case_reference, planned_date, type
                """)
                .param("references", SqlArrays.textArray(Set.copyOf(references)))
                .query(ProgressQueries::milestone).list();
    }

    /** The latest current report per use case; for all use cases when {@code references} is null. */
    public Map<String, LatestReport> latestReports(@Nullable Collection<String> references) {
        if (references != null && references.isEmpty()) {
            return Map.of();
        }
        String sql = """
                select distinct on (use_case_reference) use_case_reference, month, traffic_light, progress, summary,
                       reported_at
                from status_report where superseded_at is null
                """ + (references == null ? "" : " and use_case_reference = any(cast(:references as text[]))")
                + " order by use_case_reference, month desc";
        JdbcClient.StatementSpec query = jdbc.sql(sql);
        if (references != null) {
            query = query.param("references", SqlArrays.textArray(Set.copyOf(references)));
        }
        Map<String, LatestReport> latest = new HashMap<>();
        query.query((rs, n) -> new LatestReport(rs.getString("use_case_reference"),
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        TrafficLight.valueOf(rs.getString("traffic_light")), rs.getInt("progress"),
                        rs.getString("summary"), rs.getTimestamp("reported_at").toInstant()))
                .list().forEach(r -> latest.put(r.reference(), r));
        return latest;
    }

    /** Which of these use cases have a current report for the month. */
    public Set<String> reportedFor(YearMonth month, Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select use_case_reference from status_report
                where superseded_at is null and month = :month and use_case_reference = any(cast(:references as text[]))
                """)
                .param("month", Date.valueOf(month.atDay(1)))
                .param("references", SqlArrays.textArray(Set.copyOf(references)))
                .query(String.class).list());
    }

    /** Overdue and slipped milestones per use case, for use cases with any. */
    public Map<String, MilestoneCounts> milestoneCounts(LocalDate today) {
        Map<String, MilestoneCounts> counts = new HashMap<>();
        jdbc.sql("""
                select use_case_reference,
                       count(*) filter (where %s and coalesce(forecast_date, planned_date) < :today) as overdue,
                       count(*) filter (where status <> 'CANCELLED'
                                        and coalesce(actual_date, forecast_date, planned_date) > planned_date) as slipped
                from milestone group by use_case_reference
                """.formatted(OPEN))
                .param("today", Date.valueOf(today))
                .query((rs, n) -> Map.entry(rs.getString("use_case_reference"),
                        new MilestoneCounts(rs.getLong("overdue"), rs.getLong("slipped"))))
                .list().forEach(e -> {
                    if (e.getValue().overdue() > 0 || e.getValue().slipped() > 0) {
                        counts.put(e.getKey(), e.getValue());
                    }
                });
        return counts;
    }

    /**
     * Open milestones expected before today, longest overdue first, at most {@code limit}; of these use cases, or of
     * all when {@code references} is null.
     */
    public List<MilestoneRow> overdue(@Nullable Collection<String> references, LocalDate today, int limit) {
        if (references != null && references.isEmpty()) {
            return List.of();
        }
        JdbcClient.StatementSpec query = jdbc.sql("""
                select id, use_case_reference, type, name, planned_date, forecast_date, actual_date, status
                from milestone where %s and coalesce(forecast_date, planned_date) < :today
                """.formatted(OPEN) + (references == null ? "" : " and use_case_reference = any(cast(:references as text[]))")
                + " order by coalesce(forecast_date, planned_date), use_case_reference limit :limit")
                .param("today", Date.valueOf(today)).param("limit", limit);
        if (references != null) {
            query = query.param("references", SqlArrays.textArray(Set.copyOf(references)));
        }
        return query.query(ProgressQueries::milestone).list();
    }

    /** How many open milestones are overdue; of these use cases, or of all when {@code references} is null. */
    public long countOverdue(@Nullable Collection<String> references, LocalDate today) {
        if (references != null && references.isEmpty()) {
            return 0;
        }
        JdbcClient.StatementSpec query = jdbc.sql("select count(*) from milestone where " + OPEN
                        + " and coalesce(forecast_date, planned_date) < :today"
                        + (references == null ? "" : " and use_case_reference = any(cast(:references as text[]))"))
                .param("today", Date.valueOf(today));
        if (references != null) {
            query = query.param("references", SqlArrays.textArray(Set.copyOf(references)));
        }
        return query.query(Long.class).single();
    }

    private static MilestoneRow milestone(ResultSet rs, int rowNum) throws SQLException {
        Date forecast = rs.getDate("forecast_date");
        Date actual = rs.getDate("actual_date");
        return new MilestoneRow(rs.getObject("id", UUID.class), rs.getString("use_case_reference"),
                MilestoneType.valueOf(rs.getString("type")), rs.getString("name"),
                new MilestonePlan(rs.getDate("planned_date").toLocalDate(),
                        forecast == null ? null : forecast.toLocalDate(), actual == null ? null : actual.toLocalDate(),
                        MilestoneStatus.valueOf(rs.getString("status"))));
    }
}

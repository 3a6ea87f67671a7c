package de.kiregister.roadmap.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
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

    /** The state of a use case without a report for the month due (the others' state is their traffic light). */
    private static final String MISSING = "MISSING";

    /** The latest current report of a use case. */
    public record LatestReport(String reference, YearMonth month, TrafficLight trafficLight, int progress,
            String summary, Instant reportedAt) {
    }

    /** How many of a use case's milestones are overdue and slipped. */
    public record MilestoneCounts(long overdue, long slipped) {
    }

    /** Overdue and slipped milestones of a set of use cases, and how many of these have an overdue one. */
    public record MilestoneTotals(long overdue, long slipped, long useCasesWithOverdue) {
    }

    /** A use case of a {@link ReportStates} list with its latest report, if it has one. */
    public record ListedReport(String reference, @Nullable LatestReport report) {
    }

    /**
     * @param lights how many use cases have a report for the month due (or later), by its traffic light
     * @param missing how many have none
     * @param red the first of those with a red light, by reference
     * @param withoutReport the first of those without a report for the month due, by reference
     */
    public record ReportStates(Map<TrafficLight, Long> lights, long missing, List<ListedReport> red,
            List<ListedReport> withoutReport) {
    }

    /**
     * Many references as a set (hashed), not tested with {@code = any(array)}: with thousands of them and a cached
     * generic plan PostgreSQL compared every row with every reference and took minutes (found by the load test: the
     * start page of KI-Hub and the CAIO asks for all running projects, the export for every use case).
     */
    private static final String JOIN_WANTED = " join unnest(cast(:references as text[])) as wanted(reference)";

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
                select m.id, m.use_case_reference, m.type, m.name, m.planned_date, m.forecast_date, m.actual_date,
                       m.status
                from milestone m""" + JOIN_WANTED + """
                 on wanted.reference = m.use_case_reference
                order by m.use_case_reference, m.planned_date, m.type
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
                select distinct on (s.use_case_reference) s.use_case_reference, s.month, s.traffic_light, s.progress,
                       s.summary, s.reported_at
                from status_report s
                """ + (references == null ? "" : JOIN_WANTED + " on wanted.reference = s.use_case_reference")
                + " where s.superseded_at is null order by s.use_case_reference, s.month desc";
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

    /**
     * The month-due state of these use cases' latest current reports: how many have a traffic light (of a report
     * for the month due or later) and how many lack one, with the first {@code listed} of each state by reference
     * and their latest report. One statement. A use case's state is the light of its latest report from the month
     * due on, else missing, so only the reports from the month due on are read – one range of
     * {@code status_report_month_idx}, hashed against the references – instead of a probe per use case for its
     * latest report, whatever the number of older reports; only the listed rows are probed for their latest one.
     */
    public ReportStates reportStates(Collection<String> references, YearMonth dueMonth, int listed) {
        Map<TrafficLight, Long> lights = new EnumMap<>(TrafficLight.class);
        for (TrafficLight light : TrafficLight.values()) {
            lights.put(light, 0L);
        }
        Map<String, List<ListedReport>> first = new HashMap<>();
        long[] missing = new long[1];
        if (references.isEmpty()) {
            return new ReportStates(lights, 0, List.of(), List.of());
        }
        jdbc.sql("""
                with recent as (
                    select distinct on (s.use_case_reference) s.use_case_reference, s.traffic_light
                    from status_report s
                    where s.superseded_at is null and s.month >= :due
                    order by s.use_case_reference, s.month desc),
                states as (
                    select r.reference, coalesce(recent.traffic_light, 'MISSING') as state
                    from unnest(cast(:references as text[])) as r(reference)
                    left join recent on recent.use_case_reference = r.reference),
                ranked as (
                    select reference, state, count(*) over (partition by state) as n,
                           row_number() over (partition by state order by reference) as pos
                    from states)
                select k.state, k.n, k.reference, s.month, s.traffic_light, s.progress, s.summary, s.reported_at
                from ranked k
                -- A lateral probe per listed row: a plain join made the planner hash the whole table.
                left join lateral (select s.month, s.traffic_light, s.progress, s.summary, s.reported_at
                                   from status_report s
                                   where s.use_case_reference = k.reference and s.superseded_at is null
                                   order by s.month desc limit 1) s on true
                where k.pos <= :listed
                order by k.state, k.reference
                """)
                .param("references", SqlArrays.textArray(Set.copyOf(references)))
                .param("due", Date.valueOf(dueMonth.atDay(1))).param("listed", listed)
                .query((ResultSet rs) -> {
                    String state = rs.getString("state");
                    long n = rs.getLong("n");
                    if (state.equals(MISSING)) {
                        missing[0] = n;
                    } else {
                        lights.put(TrafficLight.valueOf(state), n);
                    }
                    first.computeIfAbsent(state, s -> new ArrayList<>()).add(new ListedReport(
                            rs.getString("reference"), rs.getDate("month") == null ? null : latestReport(rs)));
                });
        return new ReportStates(lights, missing[0], first.getOrDefault(TrafficLight.RED.name(), List.of()),
                first.getOrDefault(MISSING, List.of()));
    }

    /**
     * Overdue and slipped milestones of these use cases, or of all when {@code references} is null, and how many
     * of them have an overdue one; one statement. The references are joined (a hash of them), not matched with
     * {@code = any(...)}: with thousands the planner chose an index probe per reference, 46 ms instead of one pass.
     * Overdue ones come apart from the slipped ones so that only they are sorted for the distinct count; each kind
     * is read from its partial index ({@code milestone_open_expected_idx}, {@code milestone_slipped_idx}), not
     * from the table. The unfiltered dashboard asks for all, which spares it sending every reference there and back.
     */
    public MilestoneTotals milestoneTotals(@Nullable Collection<String> references, LocalDate today) {
        if (references != null && references.isEmpty()) {
            return new MilestoneTotals(0, 0, 0);
        }
        String wanted = references == null ? "" : " join unnest(cast(:references as text[])) as r(reference)"
                + " on r.reference = m.use_case_reference";
        JdbcClient.StatementSpec query = jdbc.sql("""
                with overdue as (
                    select count(*) as overdue, count(distinct m.use_case_reference) as with_overdue
                    from milestone m%2$s
                    where m.%1$s and coalesce(m.forecast_date, m.planned_date) < :today)
                select o.overdue, o.with_overdue,
                       (select count(*) from milestone m%2$s
                        where m.status <> 'CANCELLED'
                          and coalesce(m.actual_date, m.forecast_date, m.planned_date) > m.planned_date) as slipped
                from overdue o
                """.formatted(OPEN, wanted))
                .param("today", Date.valueOf(today));
        if (references != null) {
            query = query.param("references", SqlArrays.textArray(Set.copyOf(references)));
        }
        return query.query((rs, n) -> new MilestoneTotals(rs.getLong("overdue"), rs.getLong("slipped"),
                        rs.getLong("with_overdue")))
                .single();
    }

    private static LatestReport latestReport(ResultSet rs) throws SQLException {
        return new LatestReport(rs.getString("reference"), YearMonth.from(rs.getDate("month").toLocalDate()),
                TrafficLight.valueOf(rs.getString("traffic_light")), rs.getInt("progress"), rs.getString("summary"),
                rs.getTimestamp("reported_at").toInstant());
    }

    /**
     * Lets PostgreSQL plan the rest of this transaction's statements with their actual parameters. pgjdbc prepares a
     * statement on the server from its fifth use on, and after five more PostgreSQL may switch to a generic plan,
     * which cannot see how many references an array parameter holds and plans for a handful where the dashboard
     * sends thousands.
     */
    public void planWithActualParameters() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
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

package de.kiregister.publication.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may read: the latest version of every published, not withdrawn use case. Reads only the
 * publication's own tables (never the register's), so an internal edit shows nowhere until KI-Hub republishes.
 * The list is one SQL projection with German full-text search on the snapshot's own {@code search_vector}:
 * one statement (rows with their total) whatever the size of the register.
 */
@Service
@Transactional(readOnly = true)
public class PublicRegister {

    /**
     * The latest version of each use case, if it was not withdrawn: as two anti-joins on the unique index
     * (reference, version), so that filters and full-text search narrow the snapshots first. A
     * {@code distinct on} over all snapshots sorted every snapshot, wide rows included, on every request and
     * three times per page (found by the load test).
     */
    private static final String CURRENT = " from publication_snapshot c"
            + " where not exists (select 1 from publication_snapshot n"
            + " where n.use_case_reference = c.use_case_reference and n.version > c.version)"
            + " and not exists (select 1 from publication_withdrawal w where w.snapshot_id = c.id)";

    /** A department shown on the register, for the filter. */
    public record Department(String code, String name) {
    }

    /** What the public finds under a reference. */
    public sealed interface Lookup permits Published, Withdrawn {
    }

    public record Published(PublicEntry entry) implements Lookup {
    }

    /** The entry was on the register and was taken off; only the date is public. */
    public record Withdrawn(String reference, Instant withdrawnAt) implements Lookup {
    }

    private final JdbcClient jdbc;
    private final PublicationRepository publications;
    private final WithdrawalRepository withdrawals;

    PublicRegister(JdbcClient jdbc, PublicationRepository publications, WithdrawalRepository withdrawals) {
        this.jdbc = jdbc;
        this.publications = publications;
        this.withdrawals = withdrawals;
    }

    public Page<PublicRow> search(PublicSearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (search.query() != null) {
            conditions.add("c.search_vector @@ websearch_to_tsquery('german', :query)");
            params.put("query", search.query());
        }
        if (search.departmentCode() != null) {
            conditions.add("c.department_code = :department");
            params.put("department", search.departmentCode());
        }
        if (search.strategicGoal() != null) {
            conditions.add("c.strategic_goal = :goal");
            params.put("goal", search.strategicGoal().name());
        }
        if (search.tier() != null) {
            conditions.add("c.tier = :tier");
            params.put("tier", search.tier().name());
        }
        if (search.phase() != null) {
            conditions.add("c.phase = :phase");
            params.put("phase", search.phase().name());
        }
        String where = conditions.stream().map(c -> " and " + c).collect(Collectors.joining());
        String order = search.query() != null
                ? " order by ts_rank(c.search_vector, websearch_to_tsquery('german', :query)) desc, lower(c.title), "
                        + "c.use_case_reference"
                : " order by lower(c.title), c.use_case_reference";
        JdbcClient.StatementSpec rows = jdbc.sql("""
                select c.use_case_reference, c.title, c.summary, c.department_name, c.strategic_goal, c.phase, c.tier,
                       c.published_at, count(*) over () as total
                """ + CURRENT + where + order + " limit :limit offset :offset");
        params.forEach(rows::param);
        long[] total = { 0 };
        List<PublicRow> content = rows.param("limit", search.size())
                .param("offset", (long) search.page() * search.size())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return row(rs, n);
                })
                .list();
        if (content.isEmpty() && search.page() > 0) {
            // Beyond the last page the window has no row to count on; the caller then asks for the last page.
            JdbcClient.StatementSpec count = jdbc.sql("select count(*)" + CURRENT + where);
            params.forEach(count::param);
            total[0] = count.query(Long.class).single();
        }
        return new PageImpl<>(content, PageRequest.of(search.page(), search.size()), total[0]);
    }

    /** The departments that have entries on the register now, by name. */
    public List<Department> departments() {
        return jdbc.sql("select distinct c.department_code, c.department_name" + CURRENT
                        + " order by c.department_name")
                .query((rs, n) -> new Department(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** The entry under the reference: published (with its history), withdrawn, or nothing (never published). */
    public Optional<Lookup> lookup(String reference) {
        List<Publication> versions = publications.findByUseCaseReferenceOrderByVersionDesc(reference);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Instant> withdrawn = withdrawalsOf(versions);
        Publication latest = versions.getFirst();
        Instant withdrawnAt = withdrawn.get(latest.id());
        if (withdrawnAt != null) {
            return Optional.of(new Withdrawn(reference, withdrawnAt));
        }
        List<PublicEntry.Version> history = versions.stream()
                .map(p -> new PublicEntry.Version(p.version(), p.publishedAt(), withdrawn.get(p.id())))
                .toList();
        return Optional.of(new Published(entry(latest, versions.getLast().publishedAt(), history)));
    }

    /** Every entry on the register now, by reference, without history (for the exports). */
    public List<PublicEntry> all() {
        return withFirstPublication(publications.findCurrent());
    }

    /** The most recently published or republished entries, newest first (for the feed). */
    public List<PublicEntry> newest(int limit) {
        return withFirstPublication(publications.findCurrentNewestFirst(Limit.of(limit)));
    }

    /**
     * When the register last changed (a publication or a withdrawal), for caching headers; empty while nothing
     * was ever published.
     */
    public Optional<Instant> lastChange() {
        // One row always, its value null on an empty register (a new installation): a row mapper, since a result
        // set extractor must not answer null.
        return jdbc.sql("""
                select greatest((select max(published_at) from publication_snapshot),
                                (select max(withdrawn_at) from publication_withdrawal))
                """).query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
    }

    private List<PublicEntry> withFirstPublication(List<Publication> current) {
        if (current.isEmpty()) {
            return List.of();
        }
        Map<String, Instant> first = jdbc.sql("""
                        select use_case_reference, min(published_at) from publication_snapshot
                        where use_case_reference in (:references) group by use_case_reference
                        """)
                .param("references", current.stream().map(Publication::reference).toList())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return current.stream()
                .map(p -> entry(p, first.getOrDefault(p.reference(), p.publishedAt()), List.of()))
                .toList();
    }

    private Map<UUID, Instant> withdrawalsOf(Collection<Publication> versions) {
        return withdrawals.findBySnapshotIdIn(versions.stream().map(Publication::id).toList()).stream()
                .collect(Collectors.toMap(Withdrawal::snapshotId, Withdrawal::withdrawnAt));
    }

    private static PublicEntry entry(Publication p, Instant firstPublishedAt, List<PublicEntry.Version> history) {
        return new PublicEntry(p.reference(), p.version(), p.publishedAt(), firstPublishedAt, p.content(),
                p.withheld(), history);
    }

    private static PublicRow row(ResultSet rs, int rowNum) throws SQLException {
        return new PublicRow(rs.getString("use_case_reference"), rs.getString("title"), rs.getString("summary"),
                rs.getString("department_name"), StrategicGoal.valueOf(rs.getString("strategic_goal")),
                Phase.valueOf(rs.getString("phase")), RiskTier.valueOf(rs.getString("tier")),
                rs.getTimestamp("published_at").toInstant());
    }
}

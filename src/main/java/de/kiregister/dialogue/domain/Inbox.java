package de.kiregister.dialogue.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.RecordedAssessment;
import de.kiregister.dialogue.ItemState;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.PendingAge;
import de.kiregister.dialogue.WaitingItem;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inboxes: items waiting for a party (oldest first) and Rückfragen waiting for KI-Hub, a page at a time.
 * Four statements whatever the number of use cases: the page of items from the dialogue's own tables, their
 * count, then the key facts of their use cases from the register and their current assessments from
 * classification, each in one batch.
 */
@Component
@Transactional(readOnly = true)
public class Inbox {

    /** Upper bound of the unpaged lists ({@link #pendingFor}): the oldest items, for reminders and tests. */
    public static final int LIMIT = 200;

    /**
     * Items per inbox page. Each item comes with its use case's facts and a decision form, about 5 KB of HTML:
     * a page of 200 took a third of a second to render (found by the load test); 20 are a morning's work.
     */
    public static final int PAGE_SIZE = 20;

    private static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    /**
     * One waiting item with what its reader needs to decide without leaving the inbox.
     *
     * @param ageDays whole days since the item started waiting (Berlin calendar days)
     * @param assessment the use case's current assessment, null when it has none
     */
    public record Entry(UUID itemId, long version, Party party, String title, @Nullable String description,
            boolean stale, Instant pendingSince, long ageDays, int roundNumber, UseCaseSnapshot useCase,
            @Nullable RecordedAssessment assessment, @Nullable String lastQuestion, @Nullable String lastAnswer) {
    }

    private record Row(UUID itemId, long version, Party party, String title, @Nullable String description,
            boolean stale, Instant pendingSince, String reference, int roundNumber, @Nullable String lastQuestion,
            @Nullable String lastAnswer) {
    }

    private static final String WAITING = """
            from dialogue_item i
            join dialogue_round r on r.id = i.round_id
            where r.status <> 'REJECTED' and i.state = :state and i.party in (:parties)
            """;

    private final JdbcClient jdbc;
    private final UseCaseDirectory useCases;
    private final Assessments assessments;
    private final Clock clock;

    Inbox(JdbcClient jdbc, UseCaseDirectory useCases, Assessments assessments, Clock clock) {
        this.jdbc = jdbc;
        this.useCases = useCases;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** Items waiting for a decision of one of the parties, oldest first. */
    public List<Entry> pendingFor(Collection<Party> parties) {
        return pendingFor(parties, List.of());
    }

    /** The same, for some use cases only (by reference); none given means all. */
    public List<Entry> pendingFor(Collection<Party> parties, Collection<String> references) {
        return entries(ItemState.PENDING, parties, references);
    }

    /** One page of the items waiting for a decision of one of the parties, oldest first, with their total. */
    public Page<Entry> pendingPage(Collection<Party> parties, Collection<String> references, Pageable page) {
        return page(ItemState.PENDING, parties, references, page);
    }

    /** One page of the Rückfragen waiting for KI-Hub, oldest first, with their total. */
    public Page<Entry> questionsPage(Collection<String> references, Pageable page) {
        return page(ItemState.QUESTION, List.of(Party.values()), references, page);
    }

    /** Rückfragen of every party, waiting for KI-Hub's answer, oldest first. */
    public List<Entry> questionsForKiHub() {
        return questionsForKiHub(List.of());
    }

    /** The same, for some use cases only (by reference); none given means all. */
    public List<Entry> questionsForKiHub(Collection<String> references) {
        return entries(ItemState.QUESTION, List.of(Party.values()), references);
    }

    public long countPendingFor(Collection<Party> parties) {
        return count(ItemState.PENDING, parties);
    }

    public long countQuestions() {
        return count(ItemState.QUESTION, List.of(Party.values()));
    }

    /** Pending items per party across all use cases; every party is in the map. */
    public Map<Party, Long> pendingByParty() {
        Map<Party, Long> counts = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
            counts.put(party, 0L);
        }
        jdbc.sql("select i.party, count(*) as n " + WAITING + " group by i.party")
                .param("state", ItemState.PENDING.name())
                .param("parties", List.of(Party.values()).stream().map(Party::name).toList())
                .query((rs, n) -> Map.entry(Party.valueOf(rs.getString("party")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Per party: how many items wait, the oldest one's age and how many wait up to a week, a month, longer. */
    public Map<Party, PendingAge> pendingAgesByParty() {
        Instant now = clock.instant();
        Map<Party, PendingAge> ages = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
            ages.put(party, new PendingAge(party, 0, 0, 0, 0, 0));
        }
        jdbc.sql("select i.party, count(*) as n, min(i.pending_since) as oldest,"
                        + " count(*) filter (where i.pending_since >= :week) as week,"
                        + " count(*) filter (where i.pending_since < :week and i.pending_since >= :month) as month "
                        + WAITING + " group by i.party")
                .param("state", ItemState.PENDING.name())
                .param("parties", List.of(Party.values()).stream().map(Party::name).toList())
                .param("week", Timestamp.from(now.minus(7, ChronoUnit.DAYS)))
                .param("month", Timestamp.from(now.minus(30, ChronoUnit.DAYS)))
                .query((rs, n) -> {
                    Party party = Party.valueOf(rs.getString("party"));
                    long count = rs.getLong("n");
                    long week = rs.getLong("week");
                    long month = rs.getLong("month");
                    long oldestDays = Math.max(0, ChronoUnit.DAYS.between(rs.getTimestamp("oldest").toInstant(), now));
                    return new PendingAge(party, count, oldestDays, week, month, count - week - month);
                })
                .list()
                .forEach(age -> ages.put(age.party(), age));
        return ages;
    }

    /** Items waiting for a decision since before the cutoff, oldest first, with their use case's title. */
    public List<WaitingItem> waitingSince(Instant cutoff) {
        List<Row> rows = rows(ItemState.PENDING, List.of(Party.values()), List.of(), cutoff, Integer.MAX_VALUE, 0);
        Map<String, String> titles = useCases.findByReferences(rows.stream().map(Row::reference).distinct().toList())
                .stream().collect(Collectors.toMap(UseCaseSnapshot::reference, UseCaseSnapshot::title));
        return rows.stream().filter(row -> titles.containsKey(row.reference()))
                .map(row -> new WaitingItem(row.reference(), titles.get(row.reference()), row.party(), row.title(),
                        row.pendingSince()))
                .toList();
    }

    private Page<Entry> page(ItemState state, Collection<Party> parties, Collection<String> only, Pageable page) {
        if (parties.isEmpty()) {
            return Page.empty(page);
        }
        long total = count(state, parties, only);
        // A page beyond the end (an item decided meanwhile, a bookmarked link) shows the last page instead.
        int last = (int) Math.max(0, (total - 1) / page.getPageSize());
        Pageable shown = page.getPageNumber() > last ? PageRequest.of(last, page.getPageSize()) : page;
        List<Row> rows = rows(state, parties, only, null, shown.getPageSize(), shown.getOffset());
        return new PageImpl<>(withFacts(rows), shown, total);
    }

    private List<Entry> entries(ItemState state, Collection<Party> parties, Collection<String> only) {
        if (parties.isEmpty()) {
            return List.of();
        }
        return withFacts(rows(state, parties, only, null, LIMIT, 0));
    }

    private List<Entry> withFacts(List<Row> rows) {
        List<String> references = rows.stream().map(Row::reference).distinct().toList();
        Map<String, UseCaseSnapshot> facts = useCases.findByReferences(references).stream()
                .collect(Collectors.toMap(UseCaseSnapshot::reference, Function.identity()));
        Map<String, RecordedAssessment> current = assessments.current(references);
        LocalDate today = LocalDate.now(clock.withZone(CITY));
        return rows.stream()
                .flatMap(row -> Optional.ofNullable(facts.get(row.reference())).stream()
                        .map(useCase -> entry(row, useCase, current.get(row.reference()), today)))
                .toList();
    }

    private List<Row> rows(ItemState state, Collection<Party> parties, Collection<String> references,
            @Nullable Instant before, int limit, long offset) {
        var query = jdbc.sql("""
                select i.id, i.version, i.party, i.title, i.description, i.stale, i.pending_since,
                       r.use_case_reference, r.number,
                       (select q.text from dialogue_decision q where q.item_id = i.id and q.kind = 'QUESTION'
                         order by q.decided_at desc limit 1) as last_question,
                       (select a.text from dialogue_comment a where a.item_id = i.id and a.kind = 'ANSWER'
                         order by a.created_at desc limit 1) as last_answer
                """ + WAITING + (before == null ? "" : " and i.pending_since < :before") + ofUseCases(references)
                        + " order by i.pending_since, r.use_case_reference, i.party, i.position"
                        + " limit :limit offset :offset")
                .param("state", state.name())
                .param("parties", parties.stream().map(Party::name).toList())
                .param("limit", limit)
                .param("offset", offset);
        if (before != null) {
            query = query.param("before", Timestamp.from(before));
        }
        return bindUseCases(query, references).query((rs, n) -> row(rs)).list();
    }

    private long count(ItemState state, Collection<Party> parties) {
        return count(state, parties, List.of());
    }

    private long count(ItemState state, Collection<Party> parties, Collection<String> references) {
        if (parties.isEmpty()) {
            return 0;
        }
        var query = jdbc.sql("select count(*) " + WAITING + ofUseCases(references))
                .param("state", state.name())
                .param("parties", parties.stream().map(Party::name).toList());
        return bindUseCases(query, references).query(Long.class).single();
    }

    /** The condition narrowing {@link #WAITING} to some use cases; none given means all. */
    private static String ofUseCases(Collection<String> references) {
        return references.isEmpty() ? "" : " and r.use_case_reference in (:references)";
    }

    private static JdbcClient.StatementSpec bindUseCases(JdbcClient.StatementSpec query,
            Collection<String> references) {
        return references.isEmpty() ? query : query.param("references", List.copyOf(references));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getLong("version"), Party.valueOf(rs.getString("party")),
                rs.getString("title"), rs.getString("description"), rs.getBoolean("stale"),
                rs.getTimestamp("pending_since").toInstant(), rs.getString("use_case_reference"),
                rs.getInt("number"), rs.getString("last_question"), rs.getString("last_answer"));
    }

    private static Entry entry(Row row, UseCaseSnapshot useCase, @Nullable RecordedAssessment assessment,
            LocalDate today) {
        long ageDays = ChronoUnit.DAYS.between(row.pendingSince().atZone(CITY).toLocalDate(), today);
        return new Entry(row.itemId(), row.version(), row.party(), row.title(), row.description(), row.stale(),
                row.pendingSince(), ageDays, row.roundNumber(), useCase, assessment, row.lastQuestion(),
                row.lastAnswer());
    }
}

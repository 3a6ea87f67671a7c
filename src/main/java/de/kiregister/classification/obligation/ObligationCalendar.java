package de.kiregister.classification.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.kiregister.classification.DerivedObligation;
import de.kiregister.classification.ObligationState;
import de.kiregister.classification.obligation.ObligationService.TrackedObligation;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The obligation calendar across the portfolio ("Pflichtenkalender"): every obligation of every use case's current
 * assessment (stale ones included, marked) with its tracked status and due date. Two statements whatever the size
 * of the portfolio: one over the assessments' JSON result joined with the tracked statuses, one to the register
 * for the titles and departments (through its API, ADR-012: classification does not read the register's tables).
 */
@Service
@Transactional(readOnly = true)
public class ObligationCalendar {

    /** How far ahead "Demnächst fällig" reaches. */
    public static final int UPCOMING_DAYS = 90;

    /** Which tracked status to show; {@code ALL} shows every status. */
    public enum StatusFilter {
        OPEN, DONE, NOT_APPLICABLE, ALL;

        boolean admits(ObligationState state) {
            return this == ALL || name().equals(state.name());
        }
    }

    /** The parts of the calendar, in the order shown. */
    public enum Section {
        /** Open and due before today. */
        OVERDUE,
        /** Due from today to {@link #UPCOMING_DAYS} days ahead. */
        UPCOMING,
        /** Due later. */
        LATER,
        /** Due before today but done or not applicable (only shown when filtering for those). */
        PAST
    }

    /**
     * @param status which tracked status to show
     * @param overdueOnly only open obligations due before today
     * @param department only use cases of this department (its name); null for all
     */
    public record Filter(StatusFilter status, boolean overdueOnly, @Nullable String department) {

        public static final Filter DEFAULT = new Filter(StatusFilter.OPEN, false, null);
    }

    /** One obligation of one use case. */
    public record Entry(String reference, String title, String department, boolean assessmentStale,
            TrackedObligation tracked) {
    }

    /** One section with its entries, ordered by due date. */
    public record Part(Section section, List<Entry> entries) {
    }

    /**
     * @param today the day the calendar was computed for
     * @param upcomingUntil the last day counted as "Demnächst fällig"
     * @param parts the sections to show, in order; a section the filter rules out is left out
     * @param departments the departments of all use cases with obligations, for the filter
     * @param count number of entries over all sections
     */
    public record View(LocalDate today, LocalDate upcomingUntil, List<Part> parts, List<String> departments,
            int count) {
    }

    /** One obligation of a current assessment as the calendar query returns it. */
    private record Row(String reference, boolean stale, DerivedObligation obligation, @Nullable ObligationState state,
            @Nullable String reason, @Nullable String evidence, @Nullable LocalDate dueDate,
            @Nullable String changedBy, @Nullable Instant changedAt) {
    }

    // Not superseded = current; jsonb_array_elements unnests the obligations the evaluation derived, in their order.
    private static final String CURRENT_OBLIGATIONS = """
            select a.use_case_reference                              as reference,
                   a.stale_since is not null                         as stale,
                   o.value ->> 'code'                                as code,
                   o.value ->> 'article'                             as article,
                   o.value ->> 'title'                               as title,
                   cast(o.value ->> 'applicableFrom' as date)        as applicable_from,
                   coalesce(cast(o.value ->> 'verify' as boolean), false) as verify,
                   s.status                                          as status,
                   s.reason                                          as reason,
                   s.evidence                                        as evidence,
                   s.due_date                                        as due_date,
                   s.changed_by                                      as changed_by,
                   s.changed_at                                      as changed_at
            from assessment a
            cross join lateral jsonb_array_elements(a.result -> 'obligations') as o(value)
            left join obligation_status s
                   on s.use_case_reference = a.use_case_reference and s.obligation_code = o.value ->> 'code'
            where a.superseded_at is null
            """;

    private static final Comparator<Entry> BY_DUE_DATE = Comparator
            .comparing((Entry e) -> e.tracked().dueDate())
            .thenComparing(Entry::reference)
            .thenComparing(e -> e.tracked().obligation().article());

    private final EntityManager entityManager;
    private final UseCaseDirectory useCases;
    private final Clock clock;

    ObligationCalendar(EntityManager entityManager, UseCaseDirectory useCases, Clock clock) {
        this.entityManager = entityManager;
        this.useCases = useCases;
        this.clock = clock;
    }

    public View of(Filter filter) {
        LocalDate today = LocalDate.now(clock);
        LocalDate upcomingUntil = today.plusDays(UPCOMING_DAYS);
        List<Row> rows = currentObligations();
        Map<String, UseCaseSnapshot> byReference = useCases.findByReferences(
                        rows.stream().map(Row::reference).distinct().toList()).stream()
                .collect(Collectors.toMap(UseCaseSnapshot::reference, Function.identity()));

        List<Entry> all = new ArrayList<>();
        for (Row row : rows) {
            // The foreign key makes a missing use case impossible; should one be deleted later, it is left out.
            Optional.ofNullable(byReference.get(row.reference())).ifPresent(useCase -> all.add(new Entry(
                    useCase.reference(), useCase.title(), useCase.departmentName(), row.stale(),
                    TrackedObligation.of(row.obligation(), row.state(), row.reason(), row.evidence(), row.dueDate(),
                            row.changedBy(), row.changedAt(), today))));
        }
        List<String> departments = all.stream().map(Entry::department).distinct().sorted().toList();

        Map<Section, List<Entry>> sections = new EnumMap<>(Section.class);
        all.stream()
                .filter(e -> filter.status().admits(e.tracked().state()))
                .filter(e -> !filter.overdueOnly() || e.tracked().overdue())
                .filter(e -> filter.department() == null || filter.department().equals(e.department()))
                .sorted(BY_DUE_DATE)
                .forEach(e -> sections.computeIfAbsent(section(e, today, upcomingUntil), s -> new ArrayList<>())
                        .add(e));

        List<Part> parts = new ArrayList<>();
        for (Section section : Section.values()) {
            List<Entry> entries = sections.getOrDefault(section, List.of());
            boolean shown = switch (section) {
                case OVERDUE -> true;
                case UPCOMING, LATER -> !filter.overdueOnly();
                case PAST -> !entries.isEmpty();
            };
            if (shown) {
                parts.add(new Part(section, List.copyOf(entries)));
            }
        }
        int count = parts.stream().mapToInt(p -> p.entries().size()).sum();
        return new View(today, upcomingUntil, List.copyOf(parts), departments, count);
    }

    private static Section section(Entry entry, LocalDate today, LocalDate upcomingUntil) {
        TrackedObligation tracked = entry.tracked();
        if (tracked.overdue()) {
            return Section.OVERDUE;
        }
        if (tracked.dueDate().isBefore(today)) {
            return Section.PAST;
        }
        return tracked.dueDate().isAfter(upcomingUntil) ? Section.LATER : Section.UPCOMING;
    }

    @SuppressWarnings("unchecked")
    private List<Row> currentObligations() {
        // A native query through Hibernate rather than JdbcClient: it takes part in the same session, and
        // Hibernate's statistics count it, which is how the tests prove the number of statements stays fixed.
        List<Object[]> result = entityManager.createNativeQuery(CURRENT_OBLIGATIONS)
                .unwrap(NativeQuery.class)
                .addScalar("reference", String.class)
                .addScalar("stale", Boolean.class)
                .addScalar("code", String.class)
                .addScalar("article", String.class)
                .addScalar("title", String.class)
                .addScalar("applicable_from", LocalDate.class)
                .addScalar("verify", Boolean.class)
                .addScalar("status", String.class)
                .addScalar("reason", String.class)
                .addScalar("evidence", String.class)
                .addScalar("due_date", LocalDate.class)
                .addScalar("changed_by", String.class)
                .addScalar("changed_at", Instant.class)
                .getResultList();
        return result.stream().map(r -> new Row((String) r[0], (Boolean) r[1],
                new DerivedObligation((String) r[2], (String) r[3], (String) r[4], (LocalDate) r[5], (Boolean) r[6]),
                r[7] == null ? null : ObligationState.valueOf((String) r[7]), (String) r[8], (String) r[9],
                (LocalDate) r[10], (String) r[11], (Instant) r[12])).toList();
    }
}

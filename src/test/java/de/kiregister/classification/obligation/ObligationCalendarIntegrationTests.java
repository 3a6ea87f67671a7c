package de.kiregister.classification.obligation;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static de.kiregister.classification.assessment.AssessmentFixtures.WOHNGELD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.ObligationState;
import de.kiregister.classification.assessment.AssessmentFixtures;
import de.kiregister.classification.assessment.AssessmentService;
import de.kiregister.classification.obligation.ObligationCalendar.Entry;
import de.kiregister.classification.obligation.ObligationCalendar.Filter;
import de.kiregister.classification.obligation.ObligationCalendar.Part;
import de.kiregister.classification.obligation.ObligationCalendar.Section;
import de.kiregister.classification.obligation.ObligationCalendar.StatusFilter;
import de.kiregister.classification.obligation.ObligationCalendar.View;
import de.kiregister.classification.obligation.ObligationService.TrackedObligation;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.test.EventPublications;
import de.kiregister.test.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The portfolio's obligation calendar on a real PostgreSQL. Each test works in a department of its own, so the
 * other tests' use cases in the shared database do not count.
 */
@IntegrationTest
class ObligationCalendarIntegrationTests {

    private static final String KI_HUB = "it-cal-kihub";
    private static final String OWNER = "it-cal-owner";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObligationCalendar calendar;

    @Autowired
    ObligationService obligations;

    @Autowired
    Assessments assessments;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    UseCaseService useCases;

    @Autowired
    DepartmentService departments;

    @Autowired
    UserAccountService users;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Clock clock;

    private String department;
    private UUID departmentId;
    private LocalDate today;

    @BeforeEach
    void aDepartmentOfItsOwn() {
        users.createIfMissing(KI_HUB, "KI-Hub Kalender", "cal-kihub@test", "geheim-geheim", Set.of(Role.KI_HUB));
        users.createIfMissing(OWNER, "Owner Kalender", "cal-owner@test", "geheim-geheim", Set.of(Role.PROJECT_OWNER));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                KI_HUB, null, AuthorityUtils.createAuthorityList(Role.KI_HUB.authority())));
        String marker = "K" + UUID.randomUUID().toString().substring(0, 8);
        department = "Kalenderamt " + marker;
        departmentId = departments.createIfMissing("CAL-" + marker, department).id();
        today = LocalDate.now(clock);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private String assessedUseCase(String title, Map<String, Object> answers) {
        String reference = useCases.register(AssessmentFixtures.details(title, "Anträge vorprüfen"), departmentId,
                OWNER).reference();
        assessments.assess(reference, answers, Map.of());
        return reference;
    }

    private View calendar(StatusFilter status, boolean overdueOnly) {
        return calendar.of(new Filter(status, overdueOnly, department));
    }

    private static List<Entry> entries(View view, Section section) {
        return view.parts().stream().filter(p -> p.section() == section).findFirst().map(Part::entries)
                .orElseThrow(() -> new AssertionError("no section " + section));
    }

    private static List<String> articles(List<Entry> entries) {
        return entries.stream().map(e -> e.tracked().obligation().article()).toList();
    }

    @Test
    void openObligationsAreSplitIntoOverdueUpcomingAndLaterByDueDate() {
        String reference = assessedUseCase("Wohngeld Kalender", WOHNGELD);
        List<TrackedObligation> derived = obligations.of(reference);
        assertThat(derived).hasSizeGreaterThanOrEqualTo(5);
        // Every obligation gets a due date relative to today, so the split does not depend on the catalogue's dates.
        for (int i = 0; i < derived.size(); i++) {
            String code = derived.get(i).obligation().code();
            switch (i) {
                case 0 -> obligations.record(reference, code, ObligationState.OPEN, null, null, today.minusDays(5));
                case 1 -> obligations.record(reference, code, ObligationState.OPEN, null, null, today.plusDays(10));
                case 2 -> obligations.record(reference, code, ObligationState.OPEN, null, null, today);
                case 3 -> obligations.record(reference, code, ObligationState.DONE, null, "https://intranet/42",
                        today.minusDays(30));
                case 4 -> obligations.record(reference, code, ObligationState.NOT_APPLICABLE, "Kein Einsatz", null,
                        today.plusDays(20));
                default -> obligations.record(reference, code, ObligationState.OPEN, null, null,
                        today.plusDays(ObligationCalendar.UPCOMING_DAYS + 1L + i));
            }
        }
        String overdue = derived.get(0).obligation().article();
        String soon = derived.get(1).obligation().article();
        String dueToday = derived.get(2).obligation().article();

        View open = calendar(StatusFilter.OPEN, false);
        assertThat(open.parts()).extracting(Part::section)
                .containsExactly(Section.OVERDUE, Section.UPCOMING, Section.LATER);
        assertThat(articles(entries(open, Section.OVERDUE))).containsExactly(overdue);
        assertThat(entries(open, Section.OVERDUE).getFirst().tracked().overdue()).isTrue();
        // Sorted by due date: today before in ten days.
        assertThat(articles(entries(open, Section.UPCOMING))).containsExactly(dueToday, soon);
        assertThat(entries(open, Section.LATER)).hasSize(derived.size() - 5)
                .allSatisfy(e -> assertThat(e.tracked().dueDate()).isAfter(open.upcomingUntil()));
        assertThat(open.count()).isEqualTo(derived.size() - 2);
        assertThat(open.departments()).contains(department);
        Entry first = entries(open, Section.OVERDUE).getFirst();
        assertThat(first.reference()).isEqualTo(reference);
        assertThat(first.title()).isEqualTo("Wohngeld Kalender");
        assertThat(first.department()).isEqualTo(department);
        assertThat(first.assessmentStale()).isFalse();
        assertThat(open.upcomingUntil()).isEqualTo(today.plusDays(ObligationCalendar.UPCOMING_DAYS));
    }

    @Test
    void theStatusFilterAndOnlyOverdueNarrowTheCalendar() {
        String reference = assessedUseCase("Wohngeld Filter", WOHNGELD);
        List<TrackedObligation> derived = obligations.of(reference);
        String doneCode = derived.get(0).obligation().code();
        String notApplicableCode = derived.get(1).obligation().code();
        String overdueCode = derived.get(2).obligation().code();
        obligations.record(reference, doneCode, ObligationState.DONE, null, "Nachweis", today.minusDays(3));
        obligations.record(reference, notApplicableCode, ObligationState.NOT_APPLICABLE, "Kein Einsatz", null, null);
        obligations.record(reference, overdueCode, ObligationState.OPEN, null, null, today.minusDays(1));

        View done = calendar(StatusFilter.DONE, false);
        assertThat(done.count()).isEqualTo(1);
        // Done and due before today: neither overdue nor upcoming, but an earlier due date.
        assertThat(entries(done, Section.PAST)).singleElement().satisfies(e -> {
            assertThat(e.tracked().obligation().code()).isEqualTo(doneCode);
            assertThat(e.tracked().state()).isEqualTo(ObligationState.DONE);
            assertThat(e.tracked().evidence()).isEqualTo("Nachweis");
            assertThat(e.tracked().overdue()).isFalse();
        });
        assertThat(entries(done, Section.OVERDUE)).isEmpty();

        View notApplicable = calendar(StatusFilter.NOT_APPLICABLE, false);
        assertThat(notApplicable.parts().stream().flatMap(p -> p.entries().stream()))
                .singleElement().satisfies(e -> {
                    assertThat(e.tracked().obligation().code()).isEqualTo(notApplicableCode);
                    assertThat(e.tracked().reason()).isEqualTo("Kein Einsatz");
                });

        View all = calendar(StatusFilter.ALL, false);
        assertThat(all.count()).isEqualTo(derived.size());

        View overdueOnly = calendar(StatusFilter.ALL, true);
        assertThat(overdueOnly.parts()).extracting(Part::section).containsExactly(Section.OVERDUE);
        assertThat(entries(overdueOnly, Section.OVERDUE))
                .extracting(e -> e.tracked().obligation().code()).contains(overdueCode)
                .doesNotContain(doneCode, notApplicableCode);
        assertThat(entries(overdueOnly, Section.OVERDUE)).allSatisfy(e -> {
            assertThat(e.tracked().overdue()).isTrue();
            assertThat(e.tracked().dueDate()).isBefore(today);
        });

        View otherDepartment = calendar.of(new Filter(StatusFilter.ALL, false, "Kein solches Amt " + UUID.randomUUID()));
        assertThat(otherDepartment.count()).isZero();
        assertThat(otherDepartment.departments()).contains(department);
    }

    @Test
    void onlyTheCurrentAssessmentCountsAndAStaleOneIsMarked() {
        String reference = assessedUseCase("Erst hoch, dann minimal", WOHNGELD);
        assertThat(calendar(StatusFilter.ALL, false).parts().stream().flatMap(p -> p.entries().stream()))
                .extracting(e -> e.tracked().obligation().article()).contains("Art. 27");

        assessments.assess(reference, MINIMAL, Map.of());
        List<Entry> now = calendar(StatusFilter.ALL, false).parts().stream().flatMap(p -> p.entries().stream())
                .toList();
        assertThat(now).extracting(e -> e.tracked().obligation().article()).doesNotContain("Art. 27")
                .containsExactlyInAnyOrderElementsOf(obligations.of(reference).stream()
                        .map(t -> t.obligation().article()).toList());
        assertThat(now).isNotEmpty().allSatisfy(e -> assertThat(e.assessmentStale()).isFalse());

        assertThat(assessmentService.markStale(reference, Set.of("purpose"))).isTrue();
        assertThat(calendar(StatusFilter.ALL, false).parts().stream().flatMap(p -> p.entries().stream()))
                .isNotEmpty().allSatisfy(e -> assertThat(e.assessmentStale()).isTrue());
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithThePortfolio() {
        assessedUseCase("Portfolio eins", WOHNGELD);
        long small = statementsFor(() -> calendar(StatusFilter.ALL, false));
        int smallCount = calendar(StatusFilter.ALL, false).count();

        for (int i = 0; i < 4; i++) {
            assessedUseCase("Portfolio weiter " + i, i % 2 == 0 ? MINIMAL : WOHNGELD);
        }
        long large = statementsFor(() -> calendar(StatusFilter.ALL, false));
        int largeCount = calendar(StatusFilter.ALL, false).count();

        assertThat(largeCount).isGreaterThan(smallCount);
        assertThat(large).isEqualTo(small);
        // Exactly: one over the assessments, one to the register for titles and departments.
        assertThat(large).isEqualTo(2);
    }

    private long statementsFor(Runnable work) {
        EventPublications.awaitAllHandled(jdbc);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }
}

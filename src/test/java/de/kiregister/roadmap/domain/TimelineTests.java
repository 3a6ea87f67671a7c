package de.kiregister.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import org.junit.jupiter.api.Test;

/** The timeline layout without Spring: quarters, window, today line, bars, slip and overdue. */
class TimelineTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final TimelineWindow window = TimelineWindow.around(TODAY);

    private static MilestoneRow row(MilestoneType type, LocalDate planned, LocalDate forecast, LocalDate actual,
            MilestoneStatus status) {
        return new MilestoneRow(UUID.randomUUID(), "KI-2026-001", type, null,
                new MilestonePlan(planned, forecast, actual, status));
    }

    @Test
    void quartersKnowTheirDaysAndNeighbours() {
        assertThat(Quarter.of(TODAY)).isEqualTo(new Quarter(2026, 4));
        assertThat(new Quarter(2026, 4).firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(new Quarter(2026, 4).end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(new Quarter(2026, 4).plus(1)).isEqualTo(new Quarter(2027, 1));
        assertThat(new Quarter(2026, 1).plus(-1)).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2026, 2).contains(LocalDate.of(2026, 6, 30))).isTrue();
        assertThatThrownBy(() -> new Quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWindowShowsTheLastYearAndTheNextThreeByQuarter() {
        assertThat(window.quarterList()).hasSize(16).startsWith(new Quarter(2025, 4)).endsWith(new Quarter(2029, 3));
        assertThat(window.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(window.end()).isEqualTo(LocalDate.of(2029, 10, 1));
        assertThat(window.isCurrent(new Quarter(2026, 4))).isTrue();
        assertThat(window.isCurrent(new Quarter(2027, 1))).isFalse();
    }

    @Test
    void positionsArePercentagesClampedToTheWindowAndTheTodayLineSitsAtToday() {
        assertThat(window.position(window.start())).isZero();
        assertThat(window.position(window.end())).isEqualTo(100.0);
        assertThat(window.position(LocalDate.of(2020, 1, 1))).isZero();
        assertThat(window.position(LocalDate.of(2035, 1, 1))).isEqualTo(100.0);
        // Today is two months into the fifth of sixteen quarters: (4 + 2/3) / 16 of the width.
        assertThat(window.todayPosition()).isBetween(28.5, 29.6);
        assertThat(window.position(new Quarter(2026, 4))).isBetween(24.9, 25.1);
        assertThat(TimelineWindow.percent(12.5)).isEqualTo("12.500%");
    }

    @Test
    void slippedMeansForecastAfterPlanAndOverdueMeansOpenAndExpectedBeforeToday() {
        MilestonePlan onPlan = new MilestonePlan(TODAY.plusDays(10), null, null, MilestoneStatus.PLANNED);
        MilestonePlan slipped = new MilestonePlan(TODAY.plusDays(10), TODAY.plusDays(40), null, MilestoneStatus.PLANNED);
        MilestonePlan overdue = new MilestonePlan(TODAY.minusDays(3), null, null, MilestoneStatus.IN_PROGRESS);
        MilestonePlan rescued = new MilestonePlan(TODAY.minusDays(3), TODAY.plusDays(5), null, MilestoneStatus.PLANNED);
        MilestonePlan doneLate = new MilestonePlan(TODAY.minusDays(30), null, TODAY.minusDays(20), MilestoneStatus.DONE);
        MilestonePlan cancelled = new MilestonePlan(TODAY.minusDays(30), TODAY.plusDays(9), null,
                MilestoneStatus.CANCELLED);

        assertThat(onPlan.isSlipped()).isFalse();
        assertThat(onPlan.isOverdue(TODAY)).isFalse();
        assertThat(slipped.isSlipped()).isTrue();
        assertThat(slipped.slipDays()).isEqualTo(30);
        assertThat(overdue.isOverdue(TODAY)).isTrue();
        assertThat(overdue.daysOverdue(TODAY)).isEqualTo(3);
        // Planned in the past, but the forecast moved it: slipped, not overdue.
        assertThat(rescued.isOverdue(TODAY)).isFalse();
        assertThat(rescued.isSlipped()).isTrue();
        assertThat(doneLate.isOverdue(TODAY)).isFalse();
        assertThat(doneLate.isSlipped()).isTrue();
        assertThat(doneLate.expected()).isEqualTo(TODAY.minusDays(20));
        assertThat(cancelled.isSlipped()).isFalse();
        assertThat(cancelled.isOverdue(TODAY)).isFalse();
        // Due today is not overdue yet.
        assertThat(new MilestonePlan(TODAY, null, null, MilestoneStatus.PLANNED).isOverdue(TODAY)).isFalse();
    }

    @Test
    void theBarRunsFromTheFirstMilestoneToThePlannedProductionWithTheSlipAfterIt() {
        List<MilestoneRow> milestones = List.of(
                row(MilestoneType.FEASIBILITY_STUDY, TODAY.minusMonths(6), null, TODAY.minusMonths(7),
                        MilestoneStatus.DONE),
                row(MilestoneType.PILOT_START, TODAY.plusMonths(1), null, null, MilestoneStatus.PLANNED),
                row(MilestoneType.PRODUCTION, TODAY.plusMonths(6), TODAY.plusMonths(9), null, MilestoneStatus.PLANNED),
                row(MilestoneType.TRAINING, TODAY.plusMonths(12), null, null, MilestoneStatus.PLANNED),
                row(MilestoneType.CUSTOM, TODAY.minusMonths(12), null, null, MilestoneStatus.CANCELLED));

        RoadmapLayout.Bar bar = RoadmapLayout.bar(milestones, window).orElseThrow();

        // Reached early: the actual date is the start; the cancelled milestone does not count.
        assertThat(bar.start()).isEqualTo(TODAY.minusMonths(7));
        assertThat(bar.plannedEnd()).isEqualTo(TODAY.plusMonths(6));
        assertThat(bar.expectedEnd()).isEqualTo(TODAY.plusMonths(9));
        assertThat(bar.production()).isTrue();
        assertThat(bar.slipped()).isTrue();
        assertThat(bar.startX()).isLessThan(window.todayPosition());
        assertThat(bar.plannedEndX()).isGreaterThan(window.todayPosition());
        assertThat(bar.slipWidth()).isPositive();
        assertThat(bar.visible()).isTrue();

        List<RoadmapLayout.Marker> markers = RoadmapLayout.markers(milestones, window);
        assertThat(markers).extracting(RoadmapLayout.Marker::tone)
                .containsExactly("done", "open", "slipped", "open", "cancelled");
        assertThat(markers.get(2).plannedX()).isEqualTo(window.position(TODAY.plusMonths(6)));
    }

    @Test
    void withoutProductionTheBarEndsAtTheLatestMilestoneAndWithoutMilestonesThereIsNone() {
        List<MilestoneRow> milestones = List.of(
                row(MilestoneType.FEASIBILITY_STUDY, TODAY.minusMonths(1), null, null, MilestoneStatus.IN_PROGRESS),
                row(MilestoneType.PILOT_START, TODAY.plusMonths(4), null, null, MilestoneStatus.PLANNED));
        RoadmapLayout.Bar bar = RoadmapLayout.bar(milestones, window).orElseThrow();
        assertThat(bar.production()).isFalse();
        assertThat(bar.plannedEnd()).isEqualTo(TODAY.plusMonths(4));
        assertThat(RoadmapLayout.markers(milestones, window).getFirst().overdue()).isTrue();

        assertThat(RoadmapLayout.bar(List.of(), window)).isEmpty();
        // Entirely before the window: there, but not drawn.
        List<MilestoneRow> old = List.of(row(MilestoneType.PRODUCTION, LocalDate.of(2020, 1, 1), null,
                LocalDate.of(2020, 1, 1), MilestoneStatus.DONE));
        assertThat(RoadmapLayout.bar(old, window).orElseThrow().visible()).isFalse();
        assertThat(RoadmapLayout.markers(old, window).getFirst().visible()).isFalse();
    }
}

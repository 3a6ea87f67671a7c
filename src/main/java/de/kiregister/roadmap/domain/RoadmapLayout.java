package de.kiregister.roadmap.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import org.jspecify.annotations.Nullable;

/**
 * Where a use case's bar and milestone markers sit on the timeline. The bar runs from the earliest milestone to the
 * planned Produktivsetzung; when the forecast (or the actual go-live) is later, the bar is extended by a slip
 * segment up to it. Without a Produktivsetzung milestone the bar ends at the latest milestone. Cancelled milestones
 * do not count.
 */
public final class RoadmapLayout {

    private RoadmapLayout() {
    }

    /**
     * @param plannedEnd the planned production date (or the latest planned milestone)
     * @param expectedEnd the forecast or actual production date (or the latest expected milestone)
     * @param production whether a Produktivsetzung milestone defines the end
     */
    public record Bar(LocalDate start, LocalDate plannedEnd, LocalDate expectedEnd, boolean production,
            double startX, double plannedEndX, double expectedEndX, boolean visible) {

        public double plannedWidth() {
            return Math.max(0.4, plannedEndX - startX);
        }

        public boolean slipped() {
            return expectedEnd.isAfter(plannedEnd);
        }

        public double slipWidth() {
            return Math.max(0, expectedEndX - plannedEndX);
        }

        public long slipDays() {
            return java.time.temporal.ChronoUnit.DAYS.between(plannedEnd, expectedEnd);
        }

        /** The SVG/CSS lengths ("12.500%"). */
        public String startPercent() {
            return TimelineWindow.percent(startX);
        }

        public String plannedWidthPercent() {
            return TimelineWindow.percent(plannedWidth());
        }

        public String plannedEndPercent() {
            return TimelineWindow.percent(plannedEndX);
        }

        public String slipWidthPercent() {
            return TimelineWindow.percent(slipWidth());
        }
    }

    /**
     * A milestone on the timeline at its expected date; a slipped one also shows where it was planned.
     *
     * @param plannedX the planned date's position, when slipped
     */
    public record Marker(MilestoneRow milestone, double x, @Nullable Double plannedX, boolean visible,
            boolean slipped, boolean overdue, long slipDays) {

        public String xPercent() {
            return TimelineWindow.percent(x);
        }

        public String plannedXPercent() {
            return TimelineWindow.percent(plannedX == null ? x : plannedX);
        }

        /** The marker's look: reached, overdue, slipped or on plan. */
        public String tone() {
            if (milestone.plan().status() == de.kiregister.roadmap.MilestoneStatus.DONE) {
                return "done";
            }
            if (milestone.plan().status() == de.kiregister.roadmap.MilestoneStatus.CANCELLED) {
                return "cancelled";
            }
            return overdue ? "overdue" : slipped ? "slipped" : "open";
        }
    }

    public static Optional<Bar> bar(List<MilestoneRow> milestones, TimelineWindow window) {
        List<MilestoneRow> counted = milestones.stream()
                .filter(m -> m.plan().status() != MilestoneStatus.CANCELLED).toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = counted.stream().map(m -> earliest(m.plan())).min(Comparator.naturalOrder()).orElseThrow();
        Optional<MilestoneRow> production = counted.stream().filter(m -> m.type() == MilestoneType.PRODUCTION)
                .max(Comparator.comparing(m -> m.plan().planned()));
        LocalDate plannedEnd = production.map(m -> m.plan().planned()).orElseGet(() -> counted.stream()
                .map(m -> m.plan().planned()).max(Comparator.naturalOrder()).orElseThrow());
        LocalDate expectedEnd = production.map(m -> m.plan().expected()).orElseGet(() -> counted.stream()
                .map(m -> m.plan().expected()).max(Comparator.naturalOrder()).orElseThrow());
        if (start.isAfter(plannedEnd)) {
            start = plannedEnd;
        }
        LocalDate last = expectedEnd.isAfter(plannedEnd) ? expectedEnd : plannedEnd;
        return Optional.of(new Bar(start, plannedEnd, expectedEnd, production.isPresent(), window.position(start),
                window.position(plannedEnd), window.position(expectedEnd), window.overlaps(start, last)));
    }

    public static List<Marker> markers(List<MilestoneRow> milestones, TimelineWindow window) {
        return milestones.stream().map(m -> {
            MilestonePlan plan = m.plan();
            boolean slipped = plan.isSlipped();
            return new Marker(m, window.position(plan.expected()), slipped ? window.position(plan.planned()) : null,
                    window.contains(plan.expected()), slipped, plan.isOverdue(window.today()), plan.slipDays());
        }).toList();
    }

    private static LocalDate earliest(MilestonePlan plan) {
        return plan.actual() != null && plan.actual().isBefore(plan.planned()) ? plan.actual() : plan.planned();
    }
}

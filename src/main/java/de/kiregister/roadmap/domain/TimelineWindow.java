package de.kiregister.roadmap.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The span the roadmap shows: the last year and the next three, by quarter (the four quarters before today's,
 * today's and the eleven after it), with positions as a percentage of its width for the SVG.
 */
public record TimelineWindow(Quarter first, int quarters, LocalDate today) {

    public static final int PAST_QUARTERS = 4;
    public static final int QUARTERS = 16;

    public TimelineWindow {
        if (quarters < 1) {
            throw new IllegalArgumentException("at least one quarter");
        }
    }

    public static TimelineWindow around(LocalDate today) {
        return new TimelineWindow(Quarter.of(today).plus(-PAST_QUARTERS), QUARTERS, today);
    }

    public LocalDate start() {
        return first.firstDay();
    }

    /** Exclusive. */
    public LocalDate end() {
        return first.plus(quarters).firstDay();
    }

    public List<Quarter> quarterList() {
        return IntStream.range(0, quarters).mapToObj(first::plus).toList();
    }

    /**
     * The left edges of the quarters as SVG lengths, for the grid lines every row of the roadmap repeats: computed
     * once per page instead of once per row and line.
     */
    public List<String> gridPercents() {
        return quarterList().stream().map(this::percentOf).toList();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && date.isBefore(end());
    }

    /** Whether [from, to] overlaps the window. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(start()) && from.isBefore(end());
    }

    /** 0 at the start, 100 at the end; dates outside are clamped to the edge. */
    public double position(LocalDate date) {
        long total = ChronoUnit.DAYS.between(start(), end());
        long offset = ChronoUnit.DAYS.between(start(), date);
        return Math.clamp(100.0 * offset / total, 0.0, 100.0);
    }

    public double todayPosition() {
        return position(today);
    }

    /** The position of a quarter's left edge. */
    public double position(Quarter quarter) {
        return position(quarter.firstDay());
    }

    public boolean isCurrent(Quarter quarter) {
        return quarter.contains(today);
    }

    public String todayPercent() {
        return percent(todayPosition());
    }

    public String percentOf(Quarter quarter) {
        return percent(position(quarter));
    }

    /** An SVG length in percent, with a dot as decimal separator whatever the locale ({@code 12.5%}). */
    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }
}

package de.kiregister.roadmap.domain;

import java.time.LocalDate;

/** A calendar quarter, e.g. Q4 2026. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1–4: " + quarter);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The first day of the next quarter: quarters are half-open ranges. */
    public LocalDate end() {
        return plus(1).firstDay();
    }

    public Quarter plus(int quarters) {
        int index = year * 4 + (quarter - 1) + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && date.isBefore(end());
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }
}

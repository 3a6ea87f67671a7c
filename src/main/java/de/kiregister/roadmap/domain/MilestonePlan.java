package de.kiregister.roadmap.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import de.kiregister.roadmap.MilestoneStatus;
import org.jspecify.annotations.Nullable;

/**
 * The dates of a milestone and what follows from them, the one place the roadmap, the dashboard, the start page
 * and the exports take slip and overdue from.
 *
 * @param planned the baseline
 * @param forecast the current expectation while open; null = as planned
 * @param actual when it was reached (status erreicht)
 */
public record MilestonePlan(LocalDate planned, @Nullable LocalDate forecast, @Nullable LocalDate actual,
        MilestoneStatus status) {

    /** Reached: the actual date; open: the forecast, or the plan when there is none. */
    public LocalDate expected() {
        if (actual != null) {
            return actual;
        }
        return forecast != null ? forecast : planned;
    }

    /** Days later than planned (negative: earlier); a cancelled milestone has no slip. */
    public long slipDays() {
        return status == MilestoneStatus.CANCELLED ? 0 : ChronoUnit.DAYS.between(planned, expected());
    }

    /** Forecast (or, once reached, the actual date) after the planned date. */
    public boolean isSlipped() {
        return slipDays() > 0;
    }

    /** Still open although its expected date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && expected().isBefore(today);
    }

    /** Whole days since the expected date, for open milestones past it; 0 otherwise. */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(expected(), today) : 0;
    }
}

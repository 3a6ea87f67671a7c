package de.kiregister.roadmap.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import de.kiregister.register.Phase;
import de.kiregister.shared.web.DateFormatting;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The calendar of monthly reporting, in Berlin time: each running project reports on the month just past, so on
 * 1 December 2026 the report for November 2026 is due. Ideas, live systems and closed cases do not report.
 */
@Component
public class ReportingPeriod {

    /** The phases in which a use case is a running project and owes a monthly report. */
    public static final Set<Phase> REPORTING_PHASES = EnumSet.of(Phase.FEASIBILITY, Phase.SPECIFICATION_DIALOGUE,
            Phase.PILOT);

    /** How far back a report may still be filed. */
    public static final int MONTHS_BACK = 24;

    private final Clock clock;

    ReportingPeriod(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormatting.ZONE));
    }

    /** The month whose report is due now. */
    public YearMonth dueMonth() {
        return YearMonth.from(today()).minusMonths(1);
    }

    public static boolean reports(Phase phase) {
        return REPORTING_PHASES.contains(phase);
    }

    /**
     * A running project whose latest report is older than the month due (or that has none). A report for a later
     * month counts as well: whoever reports for December has not forgotten November, just merged it.
     */
    public boolean missing(Phase phase, @Nullable YearMonth latestReported) {
        return reports(phase) && (latestReported == null || latestReported.isBefore(dueMonth()));
    }

    /** Reports are for the current month or up to {@value #MONTHS_BACK} months back, never for the future. */
    public boolean accepts(YearMonth month) {
        YearMonth now = YearMonth.from(today());
        return !month.isAfter(now) && !month.isBefore(now.minusMonths(MONTHS_BACK));
    }
}

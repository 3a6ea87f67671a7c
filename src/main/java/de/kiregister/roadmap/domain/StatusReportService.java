package de.kiregister.roadmap.domain;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.kiregister.shared.DomainRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly status reports. The owner of a use case (or KI-Hub) files one per month; a second one for the same month
 * is refused unless it is filed explicitly as a correction of the current one, which it then supersedes.
 */
@Service
@Transactional(readOnly = true)
public class StatusReportService {

    private final StatusReportRepository reports;
    private final UseCaseAccess access;
    private final ReportingPeriod period;
    private final Clock clock;

    StatusReportService(StatusReportRepository reports, UseCaseAccess access, ReportingPeriod period, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.period = period;
        this.clock = clock;
    }

    /** Newest month first; within a month the current report before the ones it corrected. */
    public List<StatusReport> of(String reference) {
        return reports.findByUseCaseReferenceOrderByMonthDescReportedAtDesc(reference);
    }

    public Optional<StatusReport> current(String reference, YearMonth month) {
        return reports.findByUseCaseReferenceAndMonthAndSupersededAtIsNull(reference, month.atDay(1));
    }

    /**
     * Files the report for {@code month}.
     *
     * @param corrected null: a new report, refused when the month has one already; otherwise a correction of the
     *        month's current report, which must still be this one
     * @throws ChangedConcurrently when the report to be corrected was itself corrected in between
     */
    @PreAuthorize("hasAnyRole('KI_HUB', 'PROJECT_OWNER')")
    @Transactional
    public StatusReport file(String reference, YearMonth month, ReportContent content,
            @Nullable UUID corrected) {
        access.requireMayMaintain(reference);
        if (!period.accepts(month)) {
            throw new DomainRuleViolation("report.month.range", ReportingPeriod.MONTHS_BACK);
        }
        Optional<StatusReport> existing = current(reference, month);
        StatusReport report;
        if (corrected == null) {
            if (existing.isPresent()) {
                throw new DomainRuleViolation("report.month.exists");
            }
            report = new StatusReport(reference, month, content, UseCaseAccess.currentUsername(), clock.instant());
        } else {
            StatusReport current = existing.orElseThrow(() -> new DomainRuleViolation("report.correction.none"));
            if (!current.id().equals(corrected)) {
                throw new ChangedConcurrently(current.reportedBy(), current.reportedAt(), current.version());
            }
            report = current.correct(content, UseCaseAccess.currentUsername(), clock.instant());
            // The superseded mark first: the unique index allows one current report per month.
            reports.saveAndFlush(current);
        }
        try {
            return reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException e) {
            // Someone filed this month's report at the same moment (unique index on the current report).
            throw new DomainRuleViolation("report.month.exists");
        }
    }
}

package de.kiregister.classification.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.DerivedObligation;
import de.kiregister.classification.ObligationProgress;
import de.kiregister.classification.ObligationState;
import de.kiregister.classification.TrackedObligations;
import de.kiregister.identity.CurrentUser;
import de.kiregister.shared.DomainRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The obligations of a use case's current assessment with where the city stands on each. A status is kept per
 * obligation code, so it survives a re-assessment that derives the same obligation again.
 */
@Service
@Transactional(readOnly = true)
public class ObligationService implements TrackedObligations {

    /** One obligation as the tab shows it; the due date defaults to the date the obligation applies from. */
    public record TrackedObligation(DerivedObligation obligation, ObligationState state, @Nullable String reason,
            @Nullable String evidence, LocalDate dueDate, @Nullable String changedBy, @Nullable Instant changedAt,
            boolean overdue) {

        /**
         * The obligation with what was recorded for it ({@code state} null: nothing yet, so open), as seen on
         * {@code today}: overdue when still open and due before today.
         */
        static TrackedObligation of(DerivedObligation obligation, @Nullable ObligationState state,
                @Nullable String reason, @Nullable String evidence, @Nullable LocalDate dueDate,
                @Nullable String changedBy, @Nullable Instant changedAt, LocalDate today) {
            ObligationState current = state == null ? ObligationState.OPEN : state;
            LocalDate due = dueDate == null ? obligation.applicableFrom() : dueDate;
            return new TrackedObligation(obligation, current, reason, evidence, due, changedBy, changedAt,
                    current == ObligationState.OPEN && due.isBefore(today));
        }
    }

    private final Assessments assessments;
    private final ObligationStatusRepository statuses;
    private final Clock clock;

    ObligationService(Assessments assessments, ObligationStatusRepository statuses, Clock clock) {
        this.assessments = assessments;
        this.statuses = statuses;
        this.clock = clock;
    }

    public List<TrackedObligation> of(String reference) {
        Map<String, ObligationStatus> byCode = statuses.findByUseCaseReference(reference).stream()
                .collect(Collectors.toMap(ObligationStatus::obligationCode, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return assessments.current(reference).map(a -> a.result().obligations()).orElse(List.of()).stream()
                .map(o -> tracked(o, byCode.get(o.code()), today))
                .toList();
    }

    @Override
    public List<ObligationProgress> progressOf(String reference) {
        return of(reference).stream().map(t -> new ObligationProgress(t.obligation().code(),
                t.obligation().article(), t.obligation().title(), t.state())).toList();
    }

    private static TrackedObligation tracked(DerivedObligation obligation, @Nullable ObligationStatus status,
            LocalDate today) {
        if (status == null) {
            return TrackedObligation.of(obligation, null, null, null, null, null, null, today);
        }
        return TrackedObligation.of(obligation, status.status(), status.reason(), status.evidence(),
                status.dueDate(), status.changedBy(), status.changedAt(), today);
    }

    /** Only obligations of the current assessment can be tracked; KI-Hub keeps them current. */
    @PreAuthorize("hasRole('KI_HUB')")
    @Transactional
    public void record(String reference, String code, ObligationState state, @Nullable String reason,
            @Nullable String evidence, @Nullable LocalDate dueDate) {
        boolean derived = of(reference).stream().anyMatch(t -> t.obligation().code().equals(code));
        if (!derived) {
            throw new DomainRuleViolation("obligation.unknown", code);
        }
        String by = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not signed in"));
        ObligationStatus status = statuses.findByUseCaseReferenceAndObligationCode(reference, code)
                .orElseGet(() -> new ObligationStatus(reference, code));
        status.record(state, reason, evidence, dueDate, by, Instant.now(clock));
        statuses.saveAndFlush(status);
    }
}

package de.kiregister.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import de.kiregister.roadmap.TrafficLight;
import de.kiregister.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/** Milestone and status report aggregates without Spring: guarded transitions. */
class MilestoneTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Milestone pilot() {
        return new Milestone("KI-2026-001", MilestoneType.PILOT_START, null, TODAY.plusDays(30));
    }

    @Test
    void aForecastEqualToThePlanMeansAsPlanned() {
        Milestone m = pilot();
        m.reforecast(TODAY.plusDays(60));
        assertThat(m.plan().isSlipped()).isTrue();
        m.reforecast(TODAY.plusDays(30));
        assertThat(m.forecastDate()).isNull();
    }

    @Test
    void statusMovesOnlyForward() {
        Milestone m = pilot();
        m.start();
        assertThat(m.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThatThrownBy(m::start).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("milestone.status.illegal");
        m.complete(TODAY, TODAY);
        assertThat(m.status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(m.actualDate()).isEqualTo(TODAY);
        assertThatThrownBy(() -> m.reforecast(TODAY.plusDays(3))).hasMessageContaining("milestone.closed");
        assertThatThrownBy(() -> m.cancel("zu spät")).hasMessageContaining("milestone.closed");
    }

    @Test
    void reachedCannotLieInTheFutureAndCancellingNeedsAReason() {
        Milestone m = pilot();
        assertThatThrownBy(() -> m.complete(TODAY.plusDays(1), TODAY)).hasMessageContaining("milestone.actual.future");
        assertThatThrownBy(() -> m.cancel("  ")).hasMessageContaining("milestone.cancel.reasonRequired");
        m.cancel("Anbieter gewechselt");
        assertThat(m.status()).isEqualTo(MilestoneStatus.CANCELLED);
        assertThat(m.note()).isEqualTo("Anbieter gewechselt");
    }

    @Test
    void aCustomMilestoneNeedsAName() {
        assertThatThrownBy(() -> new Milestone("KI-2026-001", MilestoneType.CUSTOM, " ", TODAY))
                .hasMessageContaining("milestone.name.required");
        assertThat(new Milestone("KI-2026-001", MilestoneType.CUSTOM, "DSFA", TODAY).name()).isEqualTo("DSFA");
    }

    @Test
    void aCorrectionIsANewReportThatSupersedesTheOldOneOnce() {
        StatusReport first = new StatusReport("KI-2026-001", YearMonth.of(2026, 11),
                new ReportContent(TrafficLight.GREEN, 40, "Läuft", null, null), "owner", TODAY.atStartOfDay()
                        .toInstant(java.time.ZoneOffset.UTC));
        StatusReport correction = first.correct(new ReportContent(TrafficLight.RED, 40, "Doch nicht", "Anbieter", null),
                "owner", TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        assertThat(first.isCurrent()).isFalse();
        assertThat(correction.isCurrent()).isTrue();
        assertThat(correction.corrects()).isEqualTo(first.id());
        assertThat(correction.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThatThrownBy(() -> first.correct(correction.content(), "owner", correction.reportedAt()))
                .hasMessageContaining("report.alreadyCorrected");
        assertThatThrownBy(() -> new ReportContent(TrafficLight.GREEN, 101, "x", null, null))
                .hasMessageContaining("report.progress.range");
        assertThatThrownBy(() -> new ReportContent(TrafficLight.GREEN, 10, " ", null, null))
                .hasMessageContaining("report.summary.required");
    }
}

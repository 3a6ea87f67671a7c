package de.kiregister.roadmap.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.Phase;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import de.kiregister.roadmap.TrafficLight;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Milestones, monthly reports and ratings for the demo use cases, relative to today (the {@code Clock}): reached
 * milestones in the past, the current quarter's work, plans up to three years ahead; some slipped (forecast after
 * plan), some overdue, and some running projects without last month's report. Runs after
 * {@code DemoLifecycleCompletion} (order 100), because the plans follow each use case's final demo phase. Through
 * the real services, as the use case's owner, so rules and history apply. Only when no milestone exists yet.
 */
@Component
@Order(110)
@ConditionalOnBooleanProperty("kiregister.demo.enabled")
class RoadmapDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoadmapDemoData.class);

    private final MilestoneRepository milestoneRepository;
    private final MilestoneService milestones;
    private final StatusReportService reports;
    private final Prioritisation prioritisation;
    private final UseCaseDirectory useCases;
    private final ReportingPeriod period;

    RoadmapDemoData(MilestoneRepository milestoneRepository, MilestoneService milestones,
            StatusReportService reports, Prioritisation prioritisation, UseCaseDirectory useCases,
            ReportingPeriod period) {
        this.milestoneRepository = milestoneRepository;
        this.milestones = milestones;
        this.reports = reports;
        this.prioritisation = prioritisation;
        this.useCases = useCases;
        this.period = period;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (milestoneRepository.count() > 0) {
            return;
        }
        LocalDate today = period.today();
        List<UseCaseSnapshot> all = useCases.all();
        int reporting = 0;
        for (int i = 0; i < all.size(); i++) {
            UseCaseSnapshot u = all.get(i);
            int index = i;
            Role role = "kihub".equals(u.ownerUsername()) ? Role.KI_HUB : Role.PROJECT_OWNER;
            boolean reports = ReportingPeriod.reports(u.phase());
            int reportingIndex = reports ? reporting++ : -1;
            CurrentUser.runAs(u.ownerUsername(), role, () -> {
                plan(u, index, today);
                if (reports) {
                    report(u, reportingIndex);
                }
            });
            CurrentUser.runAs("kihub", Role.KI_HUB, () -> prioritisation.rate(u.reference(), -1,
                    1 + (index * 3) % 5, 1 + (index * 2 + 1) % 5));
        }
        log.info("Demo-Roadmap: {} Meilensteine für {} Anwendungsfälle", milestoneRepository.count(), all.size());
    }

    private void plan(UseCaseSnapshot u, int i, LocalDate today) {
        String ref = u.reference();
        boolean longTerm = u.title().contains("Verkehrsfluss") || u.title().contains("Umwelt");
        switch (u.phase()) {
            case PRODUCTION -> {
                done(ref, MilestoneType.FEASIBILITY_STUDY, today.minusMonths(20), today.minusMonths(20));
                done(ref, MilestoneType.DIALOGUE_COMPLETED, today.minusMonths(14), today.minusMonths(13));
                done(ref, MilestoneType.PILOT_START, today.minusMonths(11), today.minusMonths(11));
                done(ref, MilestoneType.PILOT_EVALUATION, today.minusMonths(7), today.minusMonths(7));
                // Went live a month late.
                done(ref, MilestoneType.PRODUCTION, today.minusMonths(5), today.minusMonths(4));
                open(ref, MilestoneType.TRAINING, null, today.plusMonths(1), null);
            }
            case PILOT -> {
                done(ref, MilestoneType.FEASIBILITY_STUDY, today.minusMonths(14), today.minusMonths(14));
                done(ref, MilestoneType.DIALOGUE_COMPLETED, today.minusMonths(8), today.minusMonths(8));
                done(ref, MilestoneType.PILOT_START, today.minusMonths(5), today.minusMonths(5));
                boolean slips = i % 2 == 0;
                open(ref, MilestoneType.PILOT_EVALUATION, null, today.plusMonths(2), slips ? today.plusMonths(4) : null);
                open(ref, MilestoneType.TRAINING, null, today.plusMonths(5), null);
                open(ref, MilestoneType.PRODUCTION, null, today.plusMonths(7), slips ? today.plusMonths(10) : null);
            }
            case SPECIFICATION_DIALOGUE -> {
                done(ref, MilestoneType.FEASIBILITY_STUDY, today.minusMonths(7), today.minusMonths(6));
                // Overdue: the dialogue should have been completed last month.
                open(ref, MilestoneType.DIALOGUE_COMPLETED, null, today.minusWeeks(3), null);
                open(ref, MilestoneType.PILOT_START, null, today.plusMonths(3), today.plusMonths(4));
                open(ref, MilestoneType.PRODUCTION, null, today.plusMonths(12), today.plusMonths(14));
            }
            case FEASIBILITY, DEFERRED -> {
                LocalDate study = i % 3 == 0 ? today.minusWeeks(2) : today.plusMonths(2);
                open(ref, MilestoneType.FEASIBILITY_STUDY, null, study, null);
                open(ref, MilestoneType.DIALOGUE_COMPLETED, null, today.plusMonths(6), null);
                open(ref, MilestoneType.PILOT_START, null, today.plusMonths(10), null);
                open(ref, MilestoneType.PRODUCTION, null, today.plusMonths(longTerm ? 30 : 20), null);
                if (u.phase() == Phase.FEASIBILITY && i % 2 == 1) {
                    open(ref, MilestoneType.CUSTOM, "Datenschutz-Folgenabschätzung", today.plusMonths(4), null);
                }
            }
            case IDEA -> {
                open(ref, MilestoneType.FEASIBILITY_STUDY, null, today.plusMonths(4), null);
                open(ref, MilestoneType.PRODUCTION, null, today.plusMonths(longTerm ? 33 : 24), null);
            }
            case RETIRED -> {
                done(ref, MilestoneType.FEASIBILITY_STUDY, today.minusMonths(44), today.minusMonths(44));
                done(ref, MilestoneType.PRODUCTION, today.minusMonths(38), today.minusMonths(38));
                done(ref, MilestoneType.CUSTOM, today.minusMonths(10), today.minusMonths(10), "Abschaltung");
            }
            case REJECTED -> done(ref, MilestoneType.FEASIBILITY_STUDY, today.minusMonths(3), today.minusMonths(3));
        }
    }

    /** Six months of reports up to the month due; every third running project has not reported it yet. */
    private void report(UseCaseSnapshot u, int i) {
        YearMonth due = period.dueMonth();
        int months = i % 3 == 1 ? 5 : 6;
        YearMonth first = due.minusMonths(5);
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            TrafficLight light = i % 4 == 3 && m >= 4 ? TrafficLight.RED
                    : (i % 2 == 0 && m == months - 1) ? TrafficLight.YELLOW : TrafficLight.GREEN;
            String summary = switch (light) {
                case GREEN -> "Arbeiten laufen nach Plan; Abstimmung mit dem Fachamt und dem KI-Hub erfolgt.";
                case YELLOW -> "Verzögerung bei der Datenbereitstellung; Gegenmaßnahmen sind eingeleitet.";
                case RED -> "Der Anbieter kann die Anforderungen an den Datenschutz derzeit nicht erfüllen.";
            };
            reports.file(u.reference(), month, new ReportContent(light, Math.min(95, 15 + m * 12 + i % 10), summary,
                    light == TrafficLight.GREEN ? null : "Termin der Produktivsetzung gefährdet.",
                    "Nächster Abstimmungstermin mit Personalrat und IT."), null);
        }
    }

    private void open(String ref, MilestoneType type, @Nullable String name, LocalDate planned,
            @Nullable LocalDate forecast) {
        Milestone m = milestones.create(ref, type, name, planned, forecast);
        if (!planned.isAfter(period.today().plusMonths(1)) && type != MilestoneType.TRAINING) {
            milestones.update(ref, m.id(), m.version(), new MilestoneService.Change(planned, m.forecastDate(),
                    MilestoneStatus.IN_PROGRESS, null, null));
        }
    }

    private void done(String ref, MilestoneType type, LocalDate planned, LocalDate actual) {
        done(ref, type, planned, actual, null);
    }

    private void done(String ref, MilestoneType type, LocalDate planned, LocalDate actual, @Nullable String name) {
        Milestone m = milestones.create(ref, type, name, planned, null);
        milestones.update(ref, m.id(), m.version(), new MilestoneService.Change(planned, null, MilestoneStatus.DONE,
                actual, null));
    }
}

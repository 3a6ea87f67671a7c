package de.kiregister.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import de.kiregister.shared.infrastructure.SchedulingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The reminder fires on working days at seven in Berlin, only while scheduling is switched on. */
class SchedulingConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SchedulingConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(DialogueReminder.class, () -> mock(DialogueReminder.class))
            .withBean(DialogueReminderSchedule.class);

    @Test
    void byDefaultTheReminderIsScheduledOnWorkingDaysAtSevenBerlinTime() {
        context.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks())
                    .extracting(ScheduledTask::getTask)
                    .singleElement()
                    .isInstanceOfSatisfying(CronTask.class, task -> {
                        assertThat(task.getExpression()).isEqualTo("0 0 7 * * MON-FRI");
                        // Friday noon in December: next is Monday, 7:00 in Berlin (CET, UTC+1).
                        Clock fridayNoon = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
                        assertThat(task.getTrigger().nextExecution(new SimpleTriggerContext(fridayNoon)))
                                .isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
                    });
        });
    }

    @Test
    void theCronExpressionIsConfigurable() {
        context.withPropertyValues("kiregister.dialogue.reminder.cron=0 30 6 * * *").run(context ->
                assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks())
                        .extracting(task -> ((CronTask) task.getTask()).getExpression())
                        .containsExactly("0 30 6 * * *"));
    }

    @Test
    void switchedOffNothingIsScheduledButTheJobStaysCallable() {
        context.withPropertyValues("kiregister.scheduling.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(ScheduledTaskHolder.class);
            assertThat(context).hasSingleBean(DialogueReminderSchedule.class).hasSingleBean(DialogueReminder.class);
        });
    }

    @Test
    void lessThanOneDayIsRefusedAtStartUp() {
        context.withPropertyValues("kiregister.dialogue.reminder.after-days=0")
                .run(context -> assertThat(context).hasFailed());
    }
}

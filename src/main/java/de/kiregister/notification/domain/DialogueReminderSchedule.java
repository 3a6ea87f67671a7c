package de.kiregister.notification.domain;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the reminder runs (working days at seven, Berlin time, unless configured otherwise) and what counts as
 * overdue ({@code kiregister.dialogue.reminder.after-days}, default five days). Only fires while scheduling is on
 * ({@code shared.infrastructure.SchedulingConfiguration}); the lock makes it run on one instance.
 */
@Component
class DialogueReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(DialogueReminderSchedule.class);

    private final DialogueReminder reminder;
    private final Clock clock;
    private final Duration overdueAfter;

    DialogueReminderSchedule(DialogueReminder reminder, Clock clock,
            @Value("${kiregister.dialogue.reminder.after-days:5}") int afterDays) {
        if (afterDays < 1) {
            throw new IllegalArgumentException("kiregister.dialogue.reminder.after-days must be at least 1");
        }
        this.reminder = reminder;
        this.clock = clock;
        this.overdueAfter = Duration.ofDays(afterDays);
    }

    @Scheduled(cron = "${kiregister.dialogue.reminder.cron:0 0 7 * * MON-FRI}", zone = "Europe/Berlin")
    void daily() {
        if (reminder.remindOnce(clock.instant().minus(overdueAfter)).isEmpty()) {
            log.info("Dialogue reminder skipped: another instance holds the lock");
        }
    }
}

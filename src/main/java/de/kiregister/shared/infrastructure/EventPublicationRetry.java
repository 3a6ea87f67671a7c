package de.kiregister.shared.infrastructure;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose listener failed (the database was down, say) to their listeners again, so the modules catch
 * up without a restart: an approval still goes stale after a material change, a mail is still written. Every few
 * minutes, on one instance (ShedLock), for publications older than a minute, so a listener still at work is not
 * started twice. The listeners are written to be run again (ADR-015, ADR-014).
 */
@Component
class EventPublicationRetry {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationRetry.class);

    private final IncompleteEventPublications incomplete;

    EventPublicationRetry(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${kiregister.events.retry-interval:PT5M}",
            initialDelayString = "${kiregister.events.retry-interval:PT5M}")
    @SchedulerLock(name = "event-publication-retry", lockAtMostFor = "PT10M")
    void retryFailedListeners() {
        retryOlderThan(Duration.ofMinutes(1));
    }

    void retryOlderThan(Duration age) {
        log.debug("Resubmitting incomplete event publications older than {}", age);
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }
}

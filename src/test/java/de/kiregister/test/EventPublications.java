package de.kiregister.test;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the asynchronous module listeners to finish what earlier steps of a test set off. Needed before
 * measuring something global, such as Hibernate's statement statistics, which a listener running in the
 * background (say, the dialogue refreshing a round after an assessment) would otherwise add to.
 */
public final class EventPublications {

    private EventPublications() {
    }

    /** Until no event publication is waiting for or being handled by its listener; failed ones do not count. */
    public static void awaitAllHandled(JdbcClient jdbc) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and coalesce(status, '') <> 'FAILED'
                """).query(Long.class).single() == 0);
    }
}

package de.kiregister.shared.infrastructure;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever ran {@code ./mvnw spring-boot:run} where to point the browser, and how long the start took: the
 * JVM's uptime when the application is ready to serve, i.e. after the {@code ApplicationRunner}s (demo data).
 * Boot's own "Started ... in" line comes before those and so understates the start-up.
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;

    StartupBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        log.info("KI-Register ist bereit nach {} s: http://localhost:{}", String.format(Locale.ROOT, "%.1f", seconds),
                port);
    }
}

package de.kiregister.shared.infrastructure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides once, before anything starts, whether this is the zero-set-up default: no
 * {@code spring.datasource.url} given means the embedded PostgreSQL is started and demo data is loaded.
 * The defaults go last, so an explicit property (or environment variable) always wins.
 */
class EmbeddedPostgresDefaults implements EnvironmentPostProcessor {

    static final String ENABLED = "kiregister.embedded-postgres.enabled";
    static final String DEMO = "kiregister.demo.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        environment.getPropertySources()
                .addLast(new MapPropertySource("kiregisterDatabaseDefaults",
                        Map.of(ENABLED, String.valueOf(!external), DEMO, String.valueOf(!external))));
    }
}

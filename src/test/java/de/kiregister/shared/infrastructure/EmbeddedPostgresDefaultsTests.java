package de.kiregister.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedPostgresDefaultsTests {

    private final EmbeddedPostgresDefaults defaults = new EmbeddedPostgresDefaults();

    private StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
        defaults.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void withoutADatasourceUrlTheEmbeddedDatabaseAndDemoDataAreOn() {
        StandardEnvironment environment = environment(Map.of());
        assertThat(environment.getProperty(EmbeddedPostgresDefaults.ENABLED)).isEqualTo("true");
        assertThat(environment.getProperty(EmbeddedPostgresDefaults.DEMO)).isEqualTo("true");
    }

    @Test
    void withADatasourceUrlNothingEmbeddedAndNoDemoData() {
        StandardEnvironment environment = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/x"));
        assertThat(environment.getProperty(EmbeddedPostgresDefaults.ENABLED)).isEqualTo("false");
        assertThat(environment.getProperty(EmbeddedPostgresDefaults.DEMO)).isEqualTo("false");
    }

    @Test
    void anExplicitSettingWins() {
        StandardEnvironment environment = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/x",
                EmbeddedPostgresDefaults.DEMO, "true"));
        assertThat(environment.getProperty(EmbeddedPostgresDefaults.DEMO)).isEqualTo("true");
    }
}

package de.kiregister.shared.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL 17 from the zonky binaries (a Maven dependency) when no external database is configured,
 * and hands its coordinates to Boot as {@link JdbcConnectionDetails}: DataSource, Flyway and Spring Session
 * then work exactly as against any other PostgreSQL.
 *
 * <p>Runs after the Testcontainers service connections, so a {@code @ServiceConnection} container wins. One
 * server per data directory and JVM: cached Spring test contexts share it instead of each starting their own.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnBooleanProperty(EmbeddedPostgresDefaults.ENABLED)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);
    private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(Environment environment) {
        String dataDirectory = environment.getProperty("kiregister.embedded-postgres.data-directory", "");
        int port = environment.getProperty("kiregister.embedded-postgres.port", Integer.class, 0);
        EmbeddedPostgres server = SERVERS.computeIfAbsent(dataDirectory, dir -> start(dir, port));
        String url = server.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static EmbeddedPostgres start(String dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200");
            if (port > 0) {
                builder.setPort(port);
            }
            if (StringUtils.hasText(dataDirectory)) {
                // A persistent directory: the register survives restarts of `./mvnw spring-boot:run`.
                Path directory = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            // zonky registers its own shutdown hook that stops the server with the JVM.
            EmbeddedPostgres server = builder.start();
            log.info("Eingebettete PostgreSQL-Datenbank läuft auf Port {} (Datenverzeichnis: {})", server.getPort(),
                    StringUtils.hasText(dataDirectory) ? dataDirectory : "temporär");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Eingebettete PostgreSQL-Datenbank konnte nicht starten", e);
        }
    }
}

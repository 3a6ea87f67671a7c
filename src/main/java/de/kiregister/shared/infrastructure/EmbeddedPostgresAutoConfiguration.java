package de.kiregister.shared.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
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
 * server per data directory and JVM: cached Spring test contexts share it instead of each starting their own;
 * it stops with the last context that uses it.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnBooleanProperty(EmbeddedPostgresDefaults.ENABLED)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    /** Servers by instance name and data directory, with the number of application contexts using each. */
    private static final Map<String, Lease> SERVERS = new HashMap<>();

    /**
     * A context's claim on the shared server. The server stops when the last context using it closes, after that
     * context's connection pool: stopping it from a JVM shutdown hook instead would race the pool and the event
     * registry, which then wait for connections that never come.
     */
    static final class Lease implements DisposableBean {

        private final String key;
        private final EmbeddedPostgres server;
        private int users;

        private Lease(String key, EmbeddedPostgres server) {
            this.key = key;
            this.server = server;
        }

        String jdbcUrl() {
            return server.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void destroy() throws IOException {
            synchronized (SERVERS) {
                if (--users > 0) {
                    return;
                }
                SERVERS.remove(key);
            }
            server.close();
            log.info("Eingebettete PostgreSQL-Datenbank beendet");
        }
    }

    @Bean
    Lease embeddedPostgresLease(Environment environment) {
        String dataDirectory = environment.getProperty("kiregister.embedded-postgres.data-directory", "");
        int port = environment.getProperty("kiregister.embedded-postgres.port", Integer.class, 0);
        // Contexts that must not see each other's data (browser tests with their demo data) use another instance.
        String instance = environment.getProperty("kiregister.embedded-postgres.instance", "default");
        synchronized (SERVERS) {
            Lease lease = SERVERS.computeIfAbsent(instance + "|" + dataDirectory,
                    key -> new Lease(key, start(dataDirectory, port)));
            lease.users++;
            return lease;
        }
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(Lease lease) {
        String url = lease.jdbcUrl();
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
                    .setServerConfig("max_connections", "200")
                    // Stopped by the Lease when the application context closes (see there).
                    .setRegisterShutdownHook(false);
            if (port > 0) {
                builder.setPort(port);
            }
            if (StringUtils.hasText(dataDirectory)) {
                // A persistent directory: the register survives restarts of `./mvnw spring-boot:run`.
                Path directory = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            log.info("Eingebettete PostgreSQL-Datenbank läuft auf Port {} (Datenverzeichnis: {})", server.getPort(),
                    StringUtils.hasText(dataDirectory) ? dataDirectory : "temporär");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Eingebettete PostgreSQL-Datenbank konnte nicht starten", e);
        }
    }
}

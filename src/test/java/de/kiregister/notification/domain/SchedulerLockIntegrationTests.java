package de.kiregister.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import de.kiregister.test.IntegrationTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database lock as two instances see it that run in different time zones (the PostgreSQL JDBC driver sets the
 * session time zone from the JVM's). With the {@code shedlock} table of V10 both agree that a lock is held; with
 * {@code timestamptz} columns the instance far west would take a lock the one far east still holds.
 */
@IntegrationTest
class SchedulerLockIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    LockProvider applicationLockProvider;

    @Test
    void instancesInDifferentTimeZonesAgreeThatALockIsHeld() throws SQLException {
        String name = "tz-test-" + OutboxTestData.marker();
        try (SingleConnectionDataSource east = session("Pacific/Kiritimati");
                SingleConnectionDataSource west = session("Pacific/Pago_Pago")) {
            LockProvider eastInstance = provider(east);
            LockProvider westInstance = provider(west);

            Optional<SimpleLock> held = eastInstance.lock(tenMinutes(name));
            assertThat(held).as("the first instance takes the free lock").isPresent();
            assertThat(westInstance.lock(tenMinutes(name))).as("the lock is held, seen from UTC-11").isEmpty();
            assertThat(applicationLockProvider.lock(tenMinutes(name))).as("and from this JVM").isEmpty();

            held.get().unlock();
            Optional<SimpleLock> next = westInstance.lock(tenMinutes(name));
            assertThat(next).as("released, another instance may take it").isPresent();
            next.get().unlock();
        }
    }

    private static LockConfiguration tenMinutes(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(10), Duration.ZERO);
    }

    /** ShedLock configured as in {@code shared.infrastructure.SchedulerLockConfiguration}, on a connection of its own. */
    private static LockProvider provider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** A separate connection to the test database whose session runs in the given time zone. */
    private SingleConnectionDataSource session(String timeZone) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        SingleConnectionDataSource single = new SingleConnectionDataSource(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword(), true);
        Connection connection = single.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set time zone '" + timeZone + "'");
        }
        return single;
    }
}

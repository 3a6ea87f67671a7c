package de.kiregister.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and locks the name for a while after too many within a window. One upsert
 * per failure, so concurrent attempts on several instances count exactly; a successful login clears the count.
 */
@Component
class LoginThrottle {

    /** Longer names are cut: the table must not become a store for whatever an attacker sends. */
    private static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lock;

    LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${kiregister.login.max-failures:5}") int maxFailures,
            @Value("${kiregister.login.failure-window:PT15M}") Duration window,
            @Value("${kiregister.login.lock-duration:PT15M}") Duration lock) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("kiregister.login.*: at least one failure, positive durations");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lock = lock;
    }

    /** Until when the name is locked; empty when it is not. */
    Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("select locked_until from login_throttle where username = ? and locked_until > ?")
                .param(key(username)).param(Timestamp.from(clock.instant()))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    void failed(String username) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into login_throttle as t (username, failures, first_failure_at, locked_until)
                values (:username, 1, :now, case when :max <= 1 then cast(:lockedUntil as timestamptz) end)
                on conflict (username) do update set
                    failures = case when t.first_failure_at < :windowStart then 1 else t.failures + 1 end,
                    first_failure_at = case when t.first_failure_at < :windowStart then :now else t.first_failure_at end,
                    locked_until = case
                        when (case when t.first_failure_at < :windowStart then 1 else t.failures + 1 end) >= :max
                            then cast(:lockedUntil as timestamptz)
                        else t.locked_until end
                """)
                .param("username", key(username))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(window)))
                .param("lockedUntil", Timestamp.from(now.plus(lock)))
                .param("max", maxFailures)
                .update();
    }

    void succeeded(String username) {
        jdbc.sql("delete from login_throttle where username = ?").param(key(username)).update();
    }

    Duration lockDuration() {
        return lock;
    }

    private static String key(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }
}

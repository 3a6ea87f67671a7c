package de.kiregister.register.domain;

import java.time.Clock;
import java.time.Year;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out the next reference code of the current year. The counter row is incremented in one statement
 * (upsert … returning), so concurrent registrations never get the same number, and a number used once is never
 * handed out again, even if its use case is rolled back.
 */
@Component
class ReferenceCodeGenerator {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferenceCodeGenerator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ReferenceCode next() {
        int year = Year.now(clock).getValue();
        int number = jdbc.sql("""
                insert into reference_counter (year, last_value) values (:year, 1)
                on conflict (year) do update set last_value = reference_counter.last_value + 1
                returning last_value""")
                .param("year", year)
                .query(Integer.class)
                .single();
        return ReferenceCode.of(year, number);
    }
}

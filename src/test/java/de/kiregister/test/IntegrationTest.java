package de.kiregister.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application against a real PostgreSQL (see {@link TestDatabaseConfiguration}), without demo data.
 * The database is shared by all test classes of a run: tests create their own data and never assume an empty
 * table.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import({ TestDatabaseConfiguration.class, StatementCounter.class })
@ActiveProfiles("test")
public @interface IntegrationTest {
}

package de.kiregister.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running application on a random port with demo data and demo users, driven by a real Chromium through
 * Playwright ({@link BrowserExtension}). Without Docker it gets its own embedded PostgreSQL instance, so it sees
 * the register exactly as a fresh {@code ./mvnw spring-boot:run} shows it, untouched by the other tests' data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "kiregister.demo.enabled=true", "kiregister.embedded-postgres.instance=browser" })
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {
}

package de.kiregister;

import de.kiregister.test.TestDatabaseConfiguration;
import org.springframework.boot.SpringApplication;

/** Starts the application from the IDE with the test database choice (Testcontainers if Docker is there). */
public class TestKiRegisterApplication {

    public static void main(String[] args) {
        SpringApplication.from(KiRegisterApplication::main).with(TestDatabaseConfiguration.class).run(args);
    }
}

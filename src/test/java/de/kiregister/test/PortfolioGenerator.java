package de.kiregister.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs the shipped data generator ({@code bench/generate-portfolio.sql}) against the test database. */
public final class PortfolioGenerator {

    private PortfolioGenerator() {
    }

    /** Adds {@code useCases} use cases with milestones and reports; {@code run} is letters and digits only. */
    public static void generate(JdbcClient jdbc, String run, int useCases, int milestones, int reports) {
        if (!run.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("run tag: letters and digits");
        }
        try {
            String script = new ClassPathResource("bench/generate-portfolio.sql")
                    .getContentAsString(StandardCharsets.UTF_8);
            jdbc.sql(script).update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("select bench_generate_portfolio(:run, :useCases, :milestones, :reports)").param("run", run)
                .param("useCases", useCases).param("milestones", milestones).param("reports", reports)
                .query(Integer.class).single();
    }
}

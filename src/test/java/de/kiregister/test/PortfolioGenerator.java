package de.kiregister.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs the shipped data generator ({@code bench/generate-portfolio.sql}) against the test database. */
public final class PortfolioGenerator {

    /** The tables the register variant writes: analysed afterwards, so the planner sees their real sizes. */
    private static final String REGISTER_TABLES = "department, department_aud, app_user, app_user_role, use_case, "
            + "use_case_aud, revision, use_case_risk_tier, use_case_priority, milestone, status_report, "
            + "dialogue_round, dialogue_item, dialogue_decision, dialogue_comment, publication_snapshot";

    private PortfolioGenerator() {
    }

    /** Adds {@code useCases} use cases with milestones and reports; {@code run} is letters and digits only. */
    public static void generate(JdbcClient jdbc, String run, int useCases, int milestones, int reports) {
        defineFunctions(jdbc, run);
        jdbc.sql("select bench_generate_portfolio(:run, :useCases, :milestones, :reports)").param("run", run)
                .param("useCases", useCases).param("milestones", milestones).param("reports", reports)
                .query(Integer.class).single();
    }

    /**
     * Adds a whole register (as in the load test): {@code useCases} use cases with {@code milestones} milestones and
     * {@code reports} monthly reports each (no month missing), {@code useCases * dialogueItems} dialogue items in
     * rounds with decisions and threads, publications and an Envers history; then analyses the tables written.
     * {@code (10000, 6, 4, 12)} gives the figures of docs/performance.md.
     */
    public static void generateRegister(JdbcClient jdbc, String run, int useCases, int milestones, int dialogueItems,
            int reports) {
        defineFunctions(jdbc, run);
        jdbc.sql("select bench_generate_register(:run, :useCases, :milestones, :dialogueItems, :reports)")
                .param("run", run).param("useCases", useCases).param("milestones", milestones)
                .param("dialogueItems", dialogueItems).param("reports", reports)
                .query(Integer.class).single();
        jdbc.sql("analyze " + REGISTER_TABLES).update();
    }

    private static void defineFunctions(JdbcClient jdbc, String run) {
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
    }
}

package de.kiregister.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import de.kiregister.register.PortfolioOrder;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.roadmap.domain.PortfolioDashboard;
import de.kiregister.roadmap.domain.Roadmap;
import de.kiregister.test.EventPublications;
import de.kiregister.test.PortfolioGenerator;
import de.kiregister.test.StatementCounter;
import de.kiregister.test.WebIntegrationTest;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A load run, not a test: generates 10,000 use cases with 60,000 milestones and 60,000 reports (the shipped
 * generator), then measures roadmap and portfolio – the services and the whole page through MockMvc – and writes
 * the figures to {@code target/bench/results.md}. Asserts nothing about time. Runs only with
 * {@code ./mvnw -Pbench verify} (tag {@code bench}, excluded from the normal build).
 */
@WebIntegrationTest
// MockMvc otherwise writes every response out (to print it should the test fail): most of a page's time here.
@TestPropertySource(properties = "spring.test.mockmvc.print=none")
@Tag("bench")
class PortfolioBenchmark {

    static final int USE_CASES = Integer.getInteger("bench.useCases", 10_000);
    /** Reports per use case: 6 gives about 57,500 reports at 10,000 use cases, 12 about 117,500. */
    static final int REPORTS = Integer.getInteger("bench.reports", 6);
    /** {@code -Dbench.export=false} leaves out the slow XLSX row (a minute), for quick rounds while tuning. */
    static final boolean EXPORT = Boolean.parseBoolean(System.getProperty("bench.export", "true"));
    static final int WARM_UP = 5;
    static final int RUNS = 20;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Roadmap roadmap;

    @Autowired
    PortfolioDashboard dashboard;

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void roadmapAndPortfolioAtPortfolioScale() throws Exception {
        long start = System.nanoTime();
        PortfolioGenerator.generate(jdbc, "bench", USE_CASES, 6, REPORTS);
        EventPublications.awaitAllHandled(jdbc);
        // Vacuumed as autovacuum would have done in a running system: index-only scans need the visibility map.
        jdbc.sql("vacuum (analyze)").update();
        double generation = (System.nanoTime() - start) / 1e9;
        long useCases = jdbc.sql("select count(*) from use_case").query(Long.class).single();
        long milestones = jdbc.sql("select count(*) from milestone").query(Long.class).single();
        long reports = jdbc.sql("select count(*) from status_report").query(Long.class).single();

        Roadmap.Request firstPage = new Roadmap.Request(UseCaseFilter.ALL, PortfolioOrder.Grouping.STRATEGIC_GOAL,
                PortfolioOrder.SortKey.PRIORITY, 0, Roadmap.DEFAULT_PAGE_SIZE);
        List<String> lines = new ArrayList<>();
        lines.add("| Measurement | Statements | p50 ms | p95 ms | max ms |");
        lines.add("|---|---|---|---|---|");
        lines.add(measure("Roadmap, service (page of 50)", () -> roadmap.view(firstPage)));
        lines.add(measure("Dashboard, service (all use cases)", () -> dashboard.view(UseCaseFilter.ALL)));
        lines.add(measure("GET /roadmap (rendered page)", () -> mvc.perform(get("/roadmap")
                .with(user("caio").roles("CAIO"))).andExpect(status().isOk())));
        lines.add(measure("GET /portfolio (rendered page)", () -> mvc.perform(get("/portfolio")
                .with(user("caio").roles("CAIO"))).andExpect(status().isOk())));
        if (EXPORT) {
            lines.add(measure("GET /roadmap/export.xlsx (all use cases)", () -> mvc.perform(get("/roadmap/export.xlsx")
                    .with(user("caio").roles("CAIO"))).andExpect(status().isOk())));
        }

        writePlans();

        String report = "Run " + LocalDateTime.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + "; data: " + useCases + " use cases, "
                + milestones + " milestones, " + reports + " status reports (generated in "
                + String.format(Locale.ROOT, "%.1f", generation) + " s); " + WARM_UP + " warm-up runs, " + RUNS
                + " measured runs each.\n\n" + String.join("\n", lines) + "\n";
        Path out = Path.of("target", "bench", "results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static String measure(String name, Callable<?> work) throws Exception {
        long statements = StatementCounter.count(() -> call(work));
        for (int i = 0; i < WARM_UP; i++) {
            work.call();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.call();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |", name, statements, millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]);
    }

    /**
     * The plan of every statement of the two pages (explain analyze, buffers), replayed with the parameters they were
     * sent with, to {@code target/bench/plans.md}: where the database's share of the time goes.
     */
    private void writePlans() throws Exception {
        StringBuilder out = new StringBuilder("# Query plans at " + USE_CASES + " use cases\n");
        Map<String, Callable<?>> pages = new LinkedHashMap<>();
        pages.put("GET /roadmap", () -> mvc.perform(get("/roadmap").with(user("caio").roles("CAIO"))));
        pages.put("GET /portfolio", () -> mvc.perform(get("/portfolio").with(user("caio").roles("CAIO"))));
        for (Map.Entry<String, Callable<?>> page : pages.entrySet()) {
            out.append("\n## ").append(page.getKey()).append("\n");
            for (StatementCounter.Statement statement : StatementCounter.capture(() -> call(page.getValue()))) {
                out.append("\n```sql\n").append(statement.sql().strip()).append("\n```\n\n```\n");
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement explain = connection.prepareStatement(
                                "explain (analyze, buffers) " + statement.sql())) {
                    for (ParameterSetOperation parameter : statement.parameters()) {
                        parameter.getMethod().invoke(explain, parameter.getArgs());
                    }
                    try (ResultSet plan = explain.executeQuery()) {
                        while (plan.next()) {
                            out.append(plan.getString(1)).append("\n");
                        }
                    }
                } catch (SQLException e) {
                    out.append("(no plan: ").append(e.getMessage()).append(")\n");
                }
                out.append("```\n");
            }
        }
        // Index-only scans read the table for pages not known to be all-visible; whether they could, by table.
        out.append("\n## Visibility map\n\n| Table | Pages | All-visible |\n|---|---|---|\n");
        jdbc.sql("select relname, relpages, relallvisible from pg_class where relname in "
                        + "('use_case', 'milestone', 'status_report') order by relname")
                .query((rs, n) -> out.append("| ").append(rs.getString(1)).append(" | ").append(rs.getLong(2))
                        .append(" | ").append(rs.getLong(3)).append(" |\n"))
                .list();
        Path file = Path.of("target", "bench", "plans.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private static void call(Callable<?> work) {
        try {
            work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

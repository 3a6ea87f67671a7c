package de.kiregister.faults;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import de.kiregister.classification.Assessments;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.test.TestRegister;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PostgreSQL goes away in the middle of writes and comes back (operations.md): while it is down, pages answer with a
 * clean German 503 and the API with a problem; afterwards the application works again without a restart of its
 * own, and no write is half done: every use case that exists has its audit record, every assessment its tier.
 * The database is an embedded server of this test's own, stopped and started as an operator would.
 */
@SpringBootTest(properties = { "kiregister.demo.enabled=false", "kiregister.embedded-postgres.instance=faults",
        "spring.datasource.hikari.connection-timeout=2000", "spring.datasource.hikari.validation-timeout=1000" })
@DirtiesContext
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseRestartTests {

    /** The application's own embedded server, in a directory of this test's, so the test can find and stop it. */
    private static final Path DATA = temporaryDirectory();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kiregister.embedded-postgres.data-directory", DATA::toString);
    }

    @AfterAll
    static void stopServer() throws Exception {
        // The restarted postmaster is this test's child, not the embedded server's: stopped here.
        if (Files.exists(DATA.resolve("postmaster.pid"))) {
            stopDatabase();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UseCaseService useCases;

    @Autowired
    DepartmentService departments;

    @Autowired
    UserAccountService users;

    @Autowired
    Assessments assessments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void writesDuringARestartAreWholeOrNotAtAllAndTheApplicationRecovers() throws Exception {
        users.createIfMissing("fault-kihub", "Fehler KI-Hub", "fault@example.org", "geheim-geheim-123",
                Set.of(Role.KI_HUB));
        users.createIfMissing("fault-owner", "Fehler Owner", "fault-owner@example.org", "geheim-geheim-123",
                Set.of(Role.PROJECT_OWNER));
        var department = departments.createIfMissing("FLT", "Fehleramt").id();

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            runs.add(writers.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String title = "Schreiber " + writer + " Nr. " + i;
                    String purpose = "Zweck " + i;
                    try {
                        CurrentUser.runAs("fault-kihub", Role.KI_HUB, () -> {
                            String reference = useCases.register(TestRegister.details(title, purpose),
                                    department, "fault-owner").reference();
                            assessments.assess(reference, MINIMAL, Map.of("D1", "Begründung " + title));
                        });
                        written.incrementAndGet();
                    } catch (RuntimeException e) {
                        // While the database is down each attempt waits for the pool's connection timeout first.
                        failures.add(e);
                    }
                }
            }));
        }
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> written.get() >= 5);

            stopDatabase();
            int whileDown = failures.size();
            MockHttpServletResponse page = mvc.perform(get("/use-cases").with(user("fault-reader").roles("CAIO")))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                    .contains("vorübergehend nicht erreichbar").doesNotContain("Exception").doesNotContain("SQL")
                    .doesNotContain("postgres");
            MockHttpServletResponse api = mvc.perform(get("/api/use-cases/KI-2026-001/assessment")
                    .with(user("fault-reader").roles("CAIO"))).andReturn().getResponse();
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Exception");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> failures.size() > whileDown);

            startDatabase();
            int before = written.get();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> written.get() >= before + 5);
        } finally {
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> run : runs) {
            run.get();
        }

        // The application answers again, without a restart of its own.
        assertThat(mvc.perform(get("/use-cases").with(user("fault-reader").roles("CAIO"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(failures).isNotEmpty();
        assertConsistent();

        // Listeners that failed while the database was down run again (EventPublicationRetry does this every few
        // minutes): nothing is left incomplete, the dialogue and the mails catch up.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
            return count("select count(*) from event_publication where completion_date is null") == 0;
        });
    }

    /** What a half-done write would leave behind, checked over the whole database. */
    private void assertConsistent() {
        assertThat(count("select count(*) from use_case u where not exists (select 1 from use_case_aud a "
                + "join revision r on r.id = a.rev where a.id = u.id and a.revtype = 0)"))
                .as("use cases without their audit record").isZero();
        assertThat(count("select count(*) from use_case_aud a where not exists (select 1 from use_case u "
                + "where u.id = a.id)")).as("audit records of use cases that were rolled back").isZero();
        assertThat(count("select count(*) from (select use_case_reference from assessment "
                + "where superseded_at is null group by use_case_reference having count(*) > 1) x"))
                .as("use cases with two current assessments").isZero();
        assertThat(count("select count(*) from assessment a where a.superseded_at is null and not exists "
                + "(select 1 from use_case_risk_tier t where t.use_case_reference = a.use_case_reference "
                + "and t.tier = a.outcome)")).as("assessments whose tier copy is missing").isZero();
        assertThat(count("select count(*) from use_case_risk_tier t where not exists (select 1 from assessment a "
                + "where a.use_case_reference = t.use_case_reference and a.superseded_at is null)"))
                .as("tier copies without their assessment").isZero();
        assertThat(count("select count(*) from assessment")).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("kiregister-faults-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the server as an operator would, with a fast shutdown (SIGINT to the postmaster): running
     * transactions are rolled back, connections dropped. {@code pg_ctl} is no help here: it refuses to run as
     * root, where the embedded server runs PostgreSQL in a user namespace ({@code unshare -U}).
     */
    private static void stopDatabase() throws Exception {
        // Started in a user namespace (see startDatabase), the pid file holds the postmaster's pid negated.
        long pid = Math.abs(Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).getFirst().strip()));
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).start();
        assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }

    /** Starts the server again exactly as it was started, from its {@code postmaster.opts}. */
    private void startDatabase() throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; the embedded server starts it in a user namespace, so do we.
            command.addAll(List.of("unshare", "-U"));
        }
        for (String part : Files.readString(DATA.resolve("postmaster.opts")).strip().split(" (?=\")")) {
            command.add(part.replace("\"", ""));
        }
        new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(DATA.resolveSibling(DATA.getFileName() + "-restart.log").toFile()).start();
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> jdbc.sql("select 1").query(Integer.class).single() == 1);
    }
}

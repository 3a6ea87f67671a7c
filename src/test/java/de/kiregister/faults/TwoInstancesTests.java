package de.kiregister.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.kiregister.KiRegisterApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the application against one PostgreSQL, as behind a load balancer (operations.md): started at the
 * same moment, Flyway migrates once; a session begun on one instance is valid on the other; the daily reminder,
 * started on both at once, runs on one. Each instance is a real web server on its own port.
 */
class TwoInstancesTests {

    private static final String PASSWORD = "zwei-instanzen-123";

    private static EmbeddedPostgres database;
    private static final List<ConfigurableApplicationContext> INSTANCES = new ArrayList<>();

    @BeforeAll
    static void startTwoInstancesAtOnce() throws Exception {
        database = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100").setRegisterShutdownHook(false).start();
        String url = database.getJdbcUrl("postgres", "postgres");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return SpringApplication.run(KiRegisterApplication.class, "--server.port=0",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--kiregister.scheduling.enabled=false",
                        "--kiregister.bootstrap-admin-password=" + PASSWORD,
                        "--spring.datasource.hikari.maximum-pool-size=5");
            }));
        }
        go.countDown();
        for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
            INSTANCES.add(start.get());
        }
    }

    @AfterAll
    static void stopAll() throws IOException {
        INSTANCES.forEach(ConfigurableApplicationContext::close);
        if (database != null) {
            database.close();
        }
    }

    private static JdbcClient jdbc() {
        return INSTANCES.getFirst().getBean(JdbcClient.class);
    }

    private static String base(int instance) {
        return "http://localhost:"
                + ((WebServerApplicationContext) INSTANCES.get(instance)).getWebServer().getPort();
    }

    @Test
    void flywayMigratedOnceAndTheFirstAdminExistsOnce() {
        assertThat(jdbc().sql("select count(*) from flyway_schema_history where not success").query(Long.class)
                .single()).isZero();
        assertThat(jdbc().sql("select count(*) from (select version from flyway_schema_history "
                + "where version is not null group by version having count(*) > 1) twice").query(Long.class)
                .single()).isZero();
        assertThat(jdbc().sql("select count(*) from flyway_schema_history where version = '13'").query(Long.class)
                .single()).isOne();
        assertThat(jdbc().sql("select count(*) from app_user where username = 'admin'").query(Long.class)
                .single()).isOne();
    }

    @Test
    void aSessionBegunOnOneInstanceIsValidOnTheOther() throws Exception {
        // A cookie jar per browser, not per instance: the load balancer sends the same cookies to both.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base(0) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();

        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base(0) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf="
                        + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        // The same browser, now served by the other instance (the cookie is for "localhost", whatever the port).
        HttpResponse<String> other = browser.send(HttpRequest.newBuilder(URI.create(base(1) + "/admin/users"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains("Angemeldet als admin");
    }

    @Test
    void theReminderStartedOnBothInstancesAtOnceRunsOnOne() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Optional<?>>> runs = new ArrayList<>();
        for (ConfigurableApplicationContext instance : INSTANCES) {
            Object reminder = instance.getBean("dialogueReminder");
            Method remindOnce = reminder.getClass().getMethod("remindOnce", Instant.class);
            remindOnce.setAccessible(true);
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return (Optional<?>) remindOnce.invoke(reminder, Instant.now());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        long ran = 0;
        for (CompletableFuture<Optional<?>> run : runs) {
            ran += run.get().isPresent() ? 1 : 0;
        }
        assertThat(ran).isOne();
        assertThat(jdbc().sql("select count(*) from shedlock where name = 'dialogue-reminder'").query(Long.class)
                .single()).isOne();
    }
}

package de.kiregister.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The load test (ADR-019, docs/performance.md): the four kinds of users of KI-Register at once, over HTTP
 * with real logins, sessions and CSRF tokens, against the application that {@code ./mvnw -Pload verify}
 * started in its own JVM.
 * <ul>
 *   <li>KI-Hub staff search, filter, open and edit use cases;</li>
 *   <li>the Personalrat works its inbox and decides items of the Spezifikationsdialog;</li>
 *   <li>the CAIO opens the roadmap and the portfolio dashboard, with filters and pages;</li>
 *   <li>anonymous citizens read the public register.</li>
 * </ul>
 * Every virtual user signs in once, like a person in the morning, and then works for the whole run with a think
 * time of 1–3 s between pages: "50 concurrent users" are 50 people at work, not 50 loops without pause. The first
 * {@code load.warmUp} seconds are reported in the group "Aufwärmen" (JIT, caches, connection pool), the rest in
 * "Messung", which alone the targets apply to. Data: the shipped generator, run in {@link #before()}.
 */
public class RegisterSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:18080");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.ramp", 30));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("load.warmUp", 60));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("load.measure", 180));

    private static final String MEASURED = "Messung";
    private static final String WARMING = "Aufwärmen";

    /** Words citizens and staff search for; the generator's text makes each hit a few hundred entries. */
    private static final List<String> WORDS = List.of("Wohngeld", "Übersetzung", "Chatbot", "Baugenehmigung",
            "Bürgerauskunft", "Terminvergabe", "Sitzungsprotokolle", "Posteingang", "Prognose", "Schadenserkennung",
            "Antragsprüfung", "Dokumentensuche");
    private static final List<String> PHASES = List.of("FEASIBILITY", "SPECIFICATION_DIALOGUE", "PILOT",
            "PRODUCTION");
    private static final List<String> TIERS = List.of("MINIMAL_RISK", "LIMITED_RISK", "HIGH_RISK", "");

    private static final String REFERENCE = "KI-\\d{4}-\\d+";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptLanguageHeader("de-DE,de;q=0.9")
            .acceptHeader("text/html,application/xhtml+xml")
            .userAgentHeader("KI-Register load test (Gatling)")
            // Measures rendering, not the browser cache: the public pages answer If-None-Match with 304.
            .disableCaching()
            .check(status().in(200, 204));

    @Override
    public void before() {
        LoadData.fill(System.getProperty("load.jdbcUrl", "jdbc:postgresql://localhost:55433/postgres"));
    }

    @Override
    public void after() {
        HeapReport.print(System.getProperty("load.gcLog"));
    }

    {
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().count().is(0L));
        for (String page : List.of("Liste: Suche", "Liste: Filter", "Detail", "Bearbeiten: Formular",
                "Eingang", "Dialog", "Roadmap", "Roadmap: Seite", "Portfolio", "Portfolio: Filter", "Register",
                "Register: Suche", "Register: Eintrag")) {
            assertions.add(details(MEASURED, page).responseTime().percentile(95.0).lt(100));
        }
        setUp(population("KI-Hub", "kihub", 0.3, this::kiHub),
                population("Personalrat", "personalrat", 0.2, this::personalrat),
                population("CAIO", "caio", 0.1, this::caio),
                population("Öffentlichkeit", null, 0.4, this::citizen))
                .protocols(protocol)
                .assertions(assertions);
    }

    /** A share of the users, signed in as {@code username} (or anonymous), doing {@code work} until the end. */
    private PopulationBuilder population(String name, String username, double share, Supplier<ChainBuilder> work) {
        int users = Math.max(1, (int) Math.round(USERS * share));
        ScenarioBuilder scenario = scenario(name)
                .exec(username == null ? exec(session -> session) : logIn(username))
                .during(WARM_UP).on(group(WARMING).on(work.get()))
                .during(MEASURE).on(group(MEASURED).on(work.get()));
        return scenario.injectOpen(rampUsers(users).during(RAMP));
    }

    private static ChainBuilder logIn(String username) {
        return exec(http("Anmeldung: Formular").get("/login")
                        .check(css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http("Anmeldung").post("/login")
                        .formParam("username", username)
                        .formParam("password", "demo")
                        .formParam("_csrf", "#{csrf}")
                        .check(substring("Angemeldet als " + username)));
    }

    private ChainBuilder kiHub() {
        return feed(randomOf("word", WORDS)).feed(randomOf("phase", PHASES)).feed(randomOf("tier", TIERS))
                .exec(http("Liste: Suche").get("/use-cases").queryParam("q", "#{word}")
                        .check(regex("href=\"/use-cases/(" + REFERENCE + ")\"").findRandom().optional()
                                .saveAs("reference")))
                .pause(1, 3)
                .exec(http("Liste: Filter").get("/use-cases").queryParam("phase", "#{phase}")
                        .queryParam("tier", "#{tier}").queryParam("page", session -> random(0, 5))
                        .check(regex("href=\"/use-cases/(" + REFERENCE + ")\"").findRandom().optional()
                                .saveAs("filtered")))
                .pause(1, 3)
                .doIf(session -> session.contains("reference")).then(
                        exec(http("Detail").get("/use-cases/#{reference}"))
                                .pause(1, 3)
                                .exec(http("Bearbeiten: Formular").get("/use-cases/#{reference}/edit")
                                        .check(form("form.app-form").saveAs("form")))
                                .pause(2, 5)
                                .exec(http("Bearbeiten: Speichern").post("/use-cases/#{reference}")
                                        .formParamSeq(RegisterSimulation::editedForm)
                                        // Saved, or the conflict page if another KI-Hub user saved it first:
                                        // both are right; a rejected form or an error page is not.
                                        .check(regex("Die Änderungen wurden gespeichert\\.|Zwischenzeitlich geändert")
                                                .exists())))
                .pause(1, 3)
                .doIf(session -> session.contains("filtered")).then(
                        exec(http("Detail").get("/use-cases/#{filtered}")).pause(1, 3));
    }

    private ChainBuilder personalrat() {
        return exec(http("Eingang").get("/inbox")
                        .check(regex("action=\"/dialogue/items/([0-9a-f-]{36})/decision\"><input type=\"hidden\" "
                                + "name=\"_csrf\" value=\"([^\"]+)\"/>\\s*<input type=\"hidden\" name=\"version\" "
                                + "value=\"(\\d+)\"").captureGroups(3).findRandom().optional().saveAs("item"))
                        .check(regex("href=\"/use-cases/(" + REFERENCE + ")/dialogue").findRandom().optional()
                                .saveAs("reference")))
                .pause(2, 5)
                .doIf(session -> session.contains("reference")).then(
                        exec(http("Dialog").get("/use-cases/#{reference}/dialogue")).pause(2, 5))
                .doIf(session -> session.contains("item")).then(
                        exec(http("Entscheidung").post(session -> "/dialogue/items/" + item(session, 0) + "/decision")
                                .formParam("_csrf", session -> item(session, 1))
                                .formParam("version", session -> item(session, 2))
                                .formParam("verdict", "APPROVE_WITH_CONDITIONS")
                                .formParam("text", "Nur mit Schulung der Beschäftigten vor dem Start.")
                                // Saved, or another Personalrat member decided the same item a moment earlier (all
                                // of them see the same oldest items): the app says so, and that is right too.
                                .check(regex("Ihre Entscheidung wurde gespeichert\\.|inzwischen von jemand anderem"
                                        + "|wartet nicht auf eine Entscheidung")
                                        .exists()))
                                .exec(session -> session.remove("item")))
                .pause(1, 3);
    }

    private ChainBuilder caio() {
        return feed(randomOf("tier", TIERS))
                .exec(http("Roadmap").get("/roadmap")
                        .check(regex("href=\"/use-cases/(" + REFERENCE + ")\"").findRandom().optional()
                                .saveAs("reference")))
                .pause(2, 5)
                .exec(http("Roadmap: Seite").get("/roadmap").queryParam("tier", "#{tier}")
                        .queryParam("page", session -> random(1, 20)))
                .pause(2, 5)
                .exec(http("Portfolio").get("/portfolio"))
                .pause(2, 5)
                .exec(http("Portfolio: Filter").get("/portfolio").queryParam("tier", "#{tier}"))
                .pause(2, 5)
                .doIf(session -> session.contains("reference")).then(
                        exec(http("Detail").get("/use-cases/#{reference}")).pause(2, 5));
    }

    private ChainBuilder citizen() {
        return feed(randomOf("word", WORDS))
                .exec(http("Register").get("/register").queryParam("page", session -> random(0, 20))
                        .check(regex("href=\"/register/(" + REFERENCE + ")\"").findRandom().optional()
                                .saveAs("reference")))
                .pause(1, 3)
                .exec(http("Register: Suche").get("/register").queryParam("q", "#{word}"))
                .pause(1, 3)
                .doIf(session -> session.contains("reference")).then(
                        exec(http("Register: Eintrag").get("/register/#{reference}")).pause(2, 5));
    }

    /**
     * The edit form as the server rendered it, with a changed expected benefit (a non-material field). Checkbox
     * groups come out of Gatling's form check as sequences and are sent as one parameter per value, as a browser
     * does.
     */
    private static List<Map.Entry<String, Object>> editedForm(Session session) {
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        session.<Object>getMap("form").forEach((name, value) -> {
            if (name.equals("expectedBenefit")) {
                return;
            }
            for (Object single : values(value)) {
                fields.add(Map.entry(name, single));
            }
        });
        fields.add(Map.entry("expectedBenefit", "Kürzere Bearbeitungszeiten; Stand " + System.currentTimeMillis()));
        return fields;
    }

    private static Iterable<?> values(Object value) {
        if (value instanceof Iterable<?> java) {
            return java;
        }
        if (value instanceof scala.collection.Iterable<?> sequence) {
            return scala.jdk.javaapi.CollectionConverters.asJava(sequence);
        }
        return List.of(value);
    }

    private static String item(Session session, int index) {
        return session.<String>getList("item").get(index);
    }

    private static int random(int fromInclusive, int toExclusive) {
        return ThreadLocalRandom.current().nextInt(fromInclusive, toExclusive);
    }

    private static Iterator<Map<String, Object>> randomOf(String key, List<String> values) {
        Supplier<Map<String, Object>> next = () -> Map.of(key, values.get(random(0, values.size())));
        return Stream.generate(next).iterator();
    }
}

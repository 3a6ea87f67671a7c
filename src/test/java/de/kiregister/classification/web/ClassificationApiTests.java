package de.kiregister.classification.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/classification/evaluate} through the real security chain, with HTTP Basic. */
@WebIntegrationTest
class ClassificationApiTests {

    private static final String USER = "classification-api";
    private static final String PASSWORD = "geheim-geheim";

    /** The Wohngeld assistant of the demo data: Annex III 5(a), used by the city, at the workplace. */
    private static final String WOHNGELD = """
            {"answers": {"R1": false, "R2": true, "D1": true, "S1": false,
              "P-a": false, "P-b": false, "P-c": false, "P-d": false, "P-e": false, "P-f": false, "P-g": false,
              "P-h": false, "P-ba": false, "P-bb": false, "H1": false, "H3": "5a", "H4": false, "H5": false,
              "R3": false, "T1": true, "T2": false, "T3": false, "T4a": false, "T4b": false, "G1": true,
              "A1": false, "W1": true}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @BeforeEach
    void user() {
        // Any signed-in role may evaluate; PROJECT_OWNER is the least privileged one that logs in.
        users.createIfMissing(USER, "Klassifizierung Test", "classification@test", PASSWORD,
                Set.of(Role.PROJECT_OWNER));
    }

    @Test
    void evaluatesACompleteSetOfAnswers() throws Exception {
        evaluate(WOHNGELD).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.catalogueVersion").value("2026.1"))
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.missing").isEmpty())
                .andExpect(jsonPath("$.outcome").value("HIGH_RISK"))
                .andExpect(jsonPath("$.prohibitedPractices").isEmpty())
                .andExpect(jsonPath("$.highRiskBasis[0]").value("ANNEX_III:5a"))
                .andExpect(jsonPath("$.transparencyDuties[0]").value("T1"))
                .andExpect(jsonPath("$.role").value("DEPLOYER"))
                .andExpect(jsonPath("$.automationBlocked").value(false))
                .andExpect(jsonPath("$.personalratRequired").value(true))
                .andExpect(jsonPath("$.obligations[?(@.article == 'Art. 27')].code").value("FRIA"))
                .andExpect(jsonPath("$.obligations[?(@.article == 'Art. 27')].applicableFrom").value("2027-12-02"))
                .andExpect(jsonPath("$.obligations[?(@.article == 'Art. 27')].verify").value(false))
                .andExpect(jsonPath("$.obligations[?(@.article == 'Art. 26(7)')].applicableFrom").value("2027-12-02"))
                .andExpect(jsonPath("$.obligations[?(@.article == 'Art. 50(1)')].applicableFrom").value("2026-08-02"))
                .andExpect(jsonPath("$.obligations[?(@.article == 'Art. 4')].verify").value(true))
                .andExpect(jsonPath("$.obligations[0].title").isNotEmpty())
                .andExpect(jsonPath("$.explanation[?(@.question == 'H3')].answer").value("5a"))
                .andExpect(jsonPath("$.explanation[?(@.question == 'H3')].reference")
                        .value("Art. 6(2), Annex III 5(a)"))
                .andExpect(jsonPath("$.explanation[?(@.question == 'W1')].answer").value(true))
                .andExpect(jsonPath("$.explanation[?(@.question == 'W1')].effect").isNotEmpty());
    }

    @Test
    void evaluatesAProhibitedPractice() throws Exception {
        evaluate("""
                {"answers": {"R1": false, "R2": true, "D1": true, "S1": false, "G1": false,
                  "P-a": false, "P-b": false, "P-c": false, "P-d": false, "P-e": false, "P-f": true, "P-f-x": false,
                  "P-g": false, "P-h": false, "P-ba": false, "P-bb": false, "A1": false, "W1": true}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("PROHIBITED"))
                .andExpect(jsonPath("$.prohibitedPractices[0]").value("5(1)(f)"))
                .andExpect(jsonPath("$.obligations[0].article").value("Art. 5"));
    }

    @Test
    void incompleteAnswersNameTheNextQuestion() throws Exception {
        evaluate("{\"answers\": {\"R1\": false, \"R2\": true, \"D1\": \"unsure\", \"A1\": false, \"W1\": null}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.missing[0]").value("D1a"))
                .andExpect(jsonPath("$.missing[1]").value("W1"))
                .andExpect(jsonPath("$.outcome").doesNotExist())
                .andExpect(jsonPath("$.obligations").isEmpty());
        evaluate("{\"answers\": {}}").andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.missing[0]").value("R1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown question id        | {"answers": {"X1": true}}                | Unbekannte Frage "X1". Gültige Fragen: R1, R2
            yes for a boolean          | {"answers": {"P-f": "yes"}}              | Ungültige Antwort "yes" für Frage P-f: erlaubt sind true oder false.
            unsure outside D1          | {"answers": {"S1": "unsure"}}            | "unsure" ist nur bei D1 zulässig
            invalid D1 value           | {"answers": {"D1": "vielleicht"}}        | für Frage D1: erlaubt sind true, false oder "unsure".
            H3 outside Annex III       | {"answers": {"H3": "9z"}}                | für Frage H3: erlaubt ist einer der Werte 1a, 1b, 1c, 2, 3a
            H3 as boolean              | {"answers": {"H3": true}}                | Ungültige Antwort true für Frage H3
            number for a boolean       | {"answers": {"W1": 1}}                   | Ungültige Antwort 1 für Frage W1
            quoted boolean             | {"answers": {"A1": "true"}}              | als JSON-Wahrheitswert ohne Anführungszeichen
            object as answer           | {"answers": {"T1": {"a": 1}}}            | Ungültige Antwort (JSON-Objekt) für Frage T1
            answers is a list          | {"answers": ["D1"]}                      | Das Feld "answers" fehlt oder ist kein JSON-Objekt
            answers missing            | {}                                       | Das Feld "answers" fehlt oder ist kein JSON-Objekt
            unknown top-level field    | {"answers": {}, "antworten": {}}         | Unbekannte Felder im Anfragekörper: antworten
            body is a list             | []                                       | Der Anfragekörper ist kein JSON-Objekt der erwarteten Form
            body is a string           | "D1"                                     | Der Anfragekörper ist kein JSON-Objekt der erwarteten Form
            malformed JSON             | {"answers": {"D1": tru                   | Der Anfragekörper ist kein JSON-Objekt der erwarteten Form
            """)
    void rejectsInvalidRequestsWithAGermanProblemDetail(String name, String body, String detail) throws Exception {
        evaluate(body).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Ungültige Anfrage zur Klassifizierung"))
                .andExpect(jsonPath("$.detail").value(containsString(detail)))
                .andExpect(content().string(allOf(not(containsString("Exception")), not(containsString("at de.")),
                        not(containsString("tools.jackson")))));
    }

    @Test
    void listsEveryInvalidAnswer() throws Exception {
        evaluate("{\"answers\": {\"P-f\": \"yes\", \"H3\": \"9z\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].question").value(hasItem("P-f")))
                .andExpect(jsonPath("$.errors[*].question").value(hasItem("H3")));
    }

    @Test
    void rejectsNonJsonBodies() throws Exception {
        mvc.perform(post("/api/classification/evaluate").with(httpBasic(USER, PASSWORD))
                        .contentType(MediaType.TEXT_PLAIN).content("D1=true"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(containsString("JSON")));
    }

    @Test
    void requiresAuthentication() throws Exception {
        // Without credentials (CSRF satisfied, as a browser session would): 401, not a redirect to the login page.
        mvc.perform(post("/api/classification/evaluate").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(WOHNGELD))
                .andExpect(status().isUnauthorized());
        // Without credentials and without a CSRF token the CSRF filter refuses first (403); either way no result.
        mvc.perform(post("/api/classification/evaluate").contentType(MediaType.APPLICATION_JSON).content(WOHNGELD))
                .andExpect(status().is(anyOf(is(401), is(403))));
        mvc.perform(post("/api/classification/evaluate").with(httpBasic(USER, "falsch"))
                        .contentType(MediaType.APPLICATION_JSON).content(WOHNGELD))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic(USER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/classification/evaluate")))
                .andExpect(jsonPath("$.paths['/api/classification/evaluate'].post.summary")
                        .value(containsString("Evaluate answers under the EU AI Act")));
    }

    private ResultActions evaluate(String body) throws Exception {
        return mvc.perform(post("/api/classification/evaluate").with(httpBasic(USER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body));
    }
}

package de.kiregister.classification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import de.kiregister.classification.assessment.AssessmentFixtures;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.test.WebIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** {@code GET/POST /api/use-cases/{reference}/assessment} through the real security chain, with HTTP Basic. */
@WebIntegrationTest
class AssessmentApiTests {

    private static final String KI_HUB = "assessment-api-kihub";
    private static final String READER = "assessment-api-reader";
    private static final String PASSWORD = "geheim-geheim";

    private static final String WOHNGELD_ANSWERS = """
            {"R1": false, "R2": true, "D1": true, "S1": false,
              "P-a": false, "P-b": false, "P-c": false, "P-d": false, "P-e": false, "P-f": false, "P-g": false,
              "P-h": false, "P-ba": false, "P-bb": false, "H1": false, "H3": "5a", "H4": false, "H5": false,
              "R3": false, "T1": true, "T2": false, "T3": false, "T4a": false, "T4b": false, "G1": true,
              "A1": false, "W1": true}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @Autowired
    UseCaseService useCases;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcClient jdbc;

    private String reference;
    private UseCase useCase;
    private UUID departmentId;

    @BeforeEach
    void useCaseAndUsers() {
        users.createIfMissing(KI_HUB, "KI-Hub API", "assessment-kihub@test", PASSWORD, Set.of(Role.KI_HUB));
        users.createIfMissing(READER, "Leser API", "assessment-reader@test", PASSWORD, Set.of(Role.PROJECT_OWNER));
        String marker = UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                KI_HUB, null, AuthorityUtils.createAuthorityList(Role.KI_HUB.authority())));
        try {
            var department = departments.createIfMissing("API-" + marker, "API-Amt " + marker);
            departmentId = department.id();
            useCase = useCases.register(AssessmentFixtures.details("Wohngeld " + marker, "Anträge vorprüfen"),
                    department.id(), READER);
            reference = useCase.reference();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ResultActions post(String user, String ref, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/use-cases/{reference}/assessment", ref)
                .with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions get(String user, String ref) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/use-cases/{reference}/assessment", ref)
                .with(httpBasic(user, PASSWORD)));
    }

    private long storedRows() {
        return jdbc.sql("select count(*) from assessment where use_case_reference = ?").param(reference)
                .query(Long.class).single();
    }

    @Test
    void kiHubSavesAnAssessmentAndEveryUserReadsIt() throws Exception {
        get(READER, reference).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "Der Anwendungsfall " + reference + " ist noch nicht nach der KI-Verordnung eingestuft."));

        post(KI_HUB, reference, "{\"answers\": " + WOHNGELD_ANSWERS
                + ", \"rationales\": {\"H3\": \"Wohngeld ist eine öffentliche Unterstützungsleistung.\"}}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/use-cases/" + reference + "/assessment")))
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.catalogueVersion").value("2026.1"))
                .andExpect(jsonPath("$.assessedBy").value(KI_HUB))
                .andExpect(jsonPath("$.stale").value(false))
                .andExpect(jsonPath("$.result.outcome").value("HIGH_RISK"));

        get(READER, reference).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.catalogueVersion").value("2026.1"))
                .andExpect(jsonPath("$.assessedBy").value(KI_HUB))
                .andExpect(jsonPath("$.assessedAt").isNotEmpty())
                .andExpect(jsonPath("$.stale").value(false))
                .andExpect(jsonPath("$.staleFields").isEmpty())
                .andExpect(jsonPath("$.answers.H3").value("5a"))
                .andExpect(jsonPath("$.answers.W1").value(true))
                .andExpect(jsonPath("$.rationales.H3").value("Wohngeld ist eine öffentliche Unterstützungsleistung."))
                .andExpect(jsonPath("$.result.complete").value(true))
                .andExpect(jsonPath("$.result.outcome").value("HIGH_RISK"))
                .andExpect(jsonPath("$.result.highRiskBasis[0]").value("ANNEX_III:5a"))
                .andExpect(jsonPath("$.result.role").value("DEPLOYER"))
                .andExpect(jsonPath("$.result.personalratRequired").value(true))
                .andExpect(jsonPath("$.result.obligations[?(@.article == 'Art. 27')].code").value("FRIA"))
                .andExpect(jsonPath("$.result.obligations[?(@.article == 'Art. 27')].applicableFrom")
                        .value("2027-12-02"))
                .andExpect(jsonPath("$.result.explanation[?(@.question == 'H3')].reference")
                        .value("Art. 6(2), Annex III 5(a)"));
    }

    @Test
    void aMaterialChangeShowsTheAssessmentAsStale() throws Exception {
        post(KI_HUB, reference, "{\"answers\": " + WOHNGELD_ANSWERS + "}").andExpect(status().isCreated());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                KI_HUB, null, AuthorityUtils.createAuthorityList(Role.KI_HUB.authority())));
        try {
            useCases.update(reference, useCase.version(),
                    AssessmentFixtures.details(useCase.title(), "Anträge entscheiden"), departmentId, READER);
        } finally {
            SecurityContextHolder.clearContext();
        }
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> get(READER, reference).andExpect(status().isOk())
                        .andExpect(jsonPath("$.stale").value(true))
                        .andExpect(jsonPath("$.staleFields[0]").value("purpose"))
                        .andExpect(jsonPath("$.staleSince").isNotEmpty())
                        .andExpect(jsonPath("$.result.outcome").value("HIGH_RISK")));
    }

    @Test
    void theEndpointsAreDocumented() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")
                .with(httpBasic(READER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/use-cases/{reference}/assessment'].get.operationId")
                        .value("getCurrentAssessment"))
                .andExpect(jsonPath("$.paths['/api/use-cases/{reference}/assessment'].post.operationId")
                        .value("saveAssessment"))
                .andExpect(jsonPath("$.paths['/api/use-cases/{reference}/assessment'].post.responses['201']")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.Assessment.properties.result").exists());
    }

    @Test
    void incompleteOrInvalidAnswersAreRefusedWithAGermanMessage() throws Exception {
        post(KI_HUB, reference, "{\"answers\": {\"R1\": false, \"R2\": true, \"D1\": true}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("Die Einstufung ist unvollständig")))
                .andExpect(jsonPath("$.detail", containsString("S1")))
                .andExpect(jsonPath("$.missing[0]").value("S1"));
        post(KI_HUB, reference, "{\"answers\": {\"P-f\": \"yes\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Ungültige Antwort \"yes\" für Frage P-f")));
        post(KI_HUB, reference, "{\"answers\": " + WOHNGELD_ANSWERS + ", \"rationales\": {\"X1\": \"warum\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Begründung zu unbekannter Frage \"X1\"")));
        post(KI_HUB, reference, "{\"answers\": " + WOHNGELD_ANSWERS + ", \"rationales\": {\"H3\": 5}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("muss ein Text sein")));
        post(KI_HUB, reference, "{\"antworten\": {}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Unbekannte Felder im Anfragekörper: antworten")));
        post(KI_HUB, reference, "[1, 2]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("kein JSON-Objekt")));

        assertThat(storedRows()).isZero();
        get(READER, reference).andExpect(status().isNotFound());
    }

    @Test
    void onlyKiHubSaves() throws Exception {
        post(READER, reference, "{\"answers\": " + WOHNGELD_ANSWERS + "}").andExpect(status().isForbidden());
        assertThat(storedRows()).isZero();
        mvc.perform(MockMvcRequestBuilders.post("/api/use-cases/{reference}/assessment", reference)
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\": " + WOHNGELD_ANSWERS + "}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(MockMvcRequestBuilders.get("/api/use-cases/{reference}/assessment", reference))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknownUseCasesAreNotFound() throws Exception {
        get(READER, "KI-1999-999").andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Den Anwendungsfall KI-1999-999 gibt es nicht."));
        get(READER, "<script>").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Den Anwendungsfall mit dieser Kennung gibt es nicht."));
        post(KI_HUB, "KI-1999-999", "{\"answers\": " + WOHNGELD_ANSWERS + "}")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Den Anwendungsfall KI-1999-999 gibt es nicht."));
    }
}

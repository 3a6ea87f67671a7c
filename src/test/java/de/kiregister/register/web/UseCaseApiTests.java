package de.kiregister.register.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.UseCaseDetails;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The read API {@code /api/use-cases} through the real filter chain: signed-in readers only (Basic or session),
 * filters and paging as on the register page, strict 400s with German problem details, the OpenAPI description
 * next to the classification's endpoints, and Swagger UI for signed-in users only.
 */
@WebIntegrationTest
class UseCaseApiTests {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String READER = "api-reader-" + RUN;
    private static final String KI_HUB = "api-kihub-" + RUN;
    private static final String PASSWORD = "geheim-geheim-123";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @Autowired
    DepartmentService departments;

    @Autowired
    UseCaseService useCases;

    private String departmentCode;
    private String reference;
    private String title;

    @BeforeEach
    void useCases() {
        users.createIfMissing(READER, "Lea Leserin", READER + "@example.org", PASSWORD, Set.of(Role.CAIO));
        users.createIfMissing(KI_HUB, "Kai Hub", KI_HUB + "@example.org", PASSWORD, Set.of(Role.KI_HUB));
        // A department per test: each test filters by it and expects exactly its two use cases.
        String marker = UUID.randomUUID().toString().substring(0, 8);
        departmentCode = "API-" + marker;
        UUID department = departments.createIfMissing(departmentCode, "Schnittstellenamt " + marker).id();
        title = "Schnittstelle " + UUID.randomUUID();
        String[] created = new String[1];
        CurrentUser.runAs(KI_HUB, Role.KI_HUB, () -> {
            created[0] = useCases.register(new UseCaseDetails(title, "Kurz", "Zweck der Schnittstelle", null,
                    StrategicGoal.INFORMED_DECISIONS, Category.FORECASTING, Horizon.LONG_TERM, "Anbieter", null,
                    Hosting.OWN_DATA_CENTRE, null, null, PersonalData.NONE, Set.of(AffectedGroup.CITIZENS),
                    AutomationLevel.ASSISTIVE, "Fachliche Prüfung", null, new BigDecimal("100.00"), null, 3, null),
                    department, KI_HUB).reference();
            useCases.register(new UseCaseDetails("Zweiter " + title, "Kurz", "Zweck", null,
                    StrategicGoal.EFFICIENCY, Category.CHATBOT, Horizon.SHORT_TERM, null, null, Hosting.EU_CLOUD,
                    null, null, PersonalData.PERSONAL, Set.of(AffectedGroup.EMPLOYEES), AutomationLevel.ASSISTIVE,
                    null, null, null, null, null, null), department, KI_HUB);
        });
        reference = created[0];
    }

    @Test
    void anonymousCallsGet401AndTheDocumentationNeedsALogin() throws Exception {
        mvc.perform(get("/api/use-cases")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/use-cases/" + reference)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/use-cases").with(httpBasic(READER, "falsch"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void listsFiltersAndPagesLikeTheRegisterPage() throws Exception {
        mvc.perform(get("/api/use-cases").param("department", departmentCode).with(httpBasic(READER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].reference", hasItem(reference)))
                .andExpect(jsonPath("$.content[0].href", containsString("/api/use-cases/KI-")));
        mvc.perform(get("/api/use-cases").param("department", departmentCode.toLowerCase())
                        .param("goal", "INFORMED_DECISIONS").param("tier", "NONE").with(httpBasic(READER, PASSWORD)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].title").value(title))
                .andExpect(jsonPath("$.content[0].tier").doesNotExist());
        mvc.perform(get("/api/use-cases").param("department", departmentCode).param("size", "1")
                        .param("page", "1").param("sort", "title").param("dir", "desc")
                        .with(httpBasic(READER, PASSWORD)))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].title").value(title));
        mvc.perform(get("/api/use-cases").param("q", title).with(user(READER).roles("PERSONALRAT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].reference", hasItem(reference)));
        mvc.perform(get("/api/use-cases").with(httpBasic(READER, PASSWORD)))
                .andExpect(jsonPath("$.size").value(SearchParameters.DEFAULT_PAGE_SIZE))
                .andExpect(jsonPath("$.content.length()", lessThanOrEqualTo(SearchParameters.DEFAULT_PAGE_SIZE)));
    }

    @Test
    void oneUseCaseWithEverythingItsPageShows() throws Exception {
        mvc.perform(get("/api/use-cases/" + reference).with(httpBasic(READER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.purpose").value("Zweck der Schnittstelle"))
                .andExpect(jsonPath("$.department.code").value(departmentCode))
                .andExpect(jsonPath("$.owner.username").value(KI_HUB))
                .andExpect(jsonPath("$.owner.displayName").value("Kai Hub"))
                .andExpect(jsonPath("$.phase").value("IDEA"))
                .andExpect(jsonPath("$.oneOffCost").value(100.0))
                .andExpect(jsonPath("$.affectedGroups[0]").value("CITIZENS"))
                .andExpect(jsonPath("$.tier").doesNotExist())
                .andExpect(jsonPath("$.tierStale").value(false))
                .andExpect(jsonPath("$.assessmentHref").value("/api/use-cases/" + reference + "/assessment"));
        mvc.perform(get("/api/use-cases/KI-1999-999").with(httpBasic(READER, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Einen Anwendungsfall mit dieser Kennung gibt es nicht."));
        mvc.perform(get("/api/use-cases/unsinn").with(httpBasic(READER, PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"phase=IRGENDWANN", "goal=x", "horizon=morgen", "category=%3Cscript%3E",
            "tier=GEFAEHRLICH", "sort=password", "dir=seitwaerts", "page=-1", "page=abc", "size=0", "size=101",
            "size=100000", "department=GIBTESNICHT"})
    void invalidParametersGet400WithAGermanMessage(String query) throws Exception {
        mvc.perform(get("/api/use-cases?" + query).with(httpBasic(READER, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("Ungültige Parameter")))
                .andExpect(jsonPath("$.errors.length()", is(1)))
                .andExpect(jsonPath("$.errors[0]", containsString(query.substring(0, query.indexOf('=')) + ":")));
    }

    @Test
    void theApiIsDescribedNextToTheClassificationsEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic(READER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/use-cases'].get.operationId").value("listUseCases"))
                .andExpect(jsonPath("$.paths['/api/use-cases/{reference}'].get.operationId").value("getUseCase"))
                .andExpect(jsonPath("$.paths['/api/use-cases/{reference}/assessment'].get.operationId")
                        .value("getCurrentAssessment"))
                .andExpect(jsonPath("$.paths['/api/classification/evaluate'].post").exists())
                .andExpect(jsonPath("$.paths['/api/use-cases'].get.parameters[*].name", hasItem("tier")))
                .andExpect(jsonPath("$.paths['/register/export.json']").doesNotExist());
        mvc.perform(get("/swagger-ui/index.html").with(user(READER).roles("CAIO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui-bundle.js")))
                // Only Swagger UI may apply inline styles (it sets them from its script); scripts stay 'self'.
                .andExpect(header().string("Content-Security-Policy",
                        containsString("style-src 'self' 'unsafe-inline'; ")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'; ")));
        mvc.perform(get("/use-cases").with(user(READER).roles("CAIO")))
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self'; ")));
        mvc.perform(get("/v3/api-docs/swagger-config").with(user(READER).roles("CAIO")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("/v3/api-docs"));
    }

    @Test
    void everyRoleMayRead() throws Exception {
        for (Role role : Role.values()) {
            mvc.perform(get("/api/use-cases/" + reference).with(user("api-any-" + RUN).roles(role.name())))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/use-cases").param("department", departmentCode).with(httpBasic(READER, PASSWORD)))
                .andExpect(jsonPath("$.content[*].owner", everyItem(is(KI_HUB))));
    }
}

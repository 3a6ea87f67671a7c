package de.kiregister.classification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.assessment.AssessmentFixtures;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.test.PdfText;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The obligation calendar and the dossier PDF through the real filter chain: every signed-in role reads both,
 * nobody else does. Each test has a high-risk use case in a department of its own.
 */
@WebIntegrationTest
class CalendarAndDossierAccessTests {

    private static final String KI_HUB = "acc-cal-kihub";
    private static final String OWNER = "acc-cal-owner";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @Autowired
    DepartmentService departments;

    @Autowired
    UseCaseService useCases;

    @Autowired
    Assessments assessments;

    private String department;
    private String reference;
    private String title;
    private String unclassified;

    @BeforeEach
    void aClassifiedAndAnUnclassifiedUseCase() {
        users.createIfMissing(KI_HUB, "KI-Hub Zugriff", "acc-cal-kihub@test", "geheim-geheim", Set.of(Role.KI_HUB));
        users.createIfMissing(OWNER, "Owner Zugriff", "acc-cal-owner@test", "geheim-geheim",
                Set.of(Role.PROJECT_OWNER));
        String marker = UUID.randomUUID().toString().substring(0, 8);
        department = "Zugriffsamt " + marker;
        title = "Wohngeld Zugriff " + marker;
        CurrentUser.runAs(KI_HUB, Role.KI_HUB, () -> {
            UUID departmentId = departments.createIfMissing("ACZ-" + marker, department).id();
            reference = useCases.register(AssessmentFixtures.details(title, "Anträge vorprüfen"), departmentId,
                    OWNER).reference();
            assessments.assess(reference, AssessmentFixtures.WOHNGELD, Map.of());
            unclassified = useCases.register(AssessmentFixtures.details("Ohne Einstufung " + marker, "Zweck"),
                    departmentId, OWNER).reference();
        });
    }

    private static RequestPostProcessor as(Role role) {
        return user("acc-cal-" + role.name().toLowerCase()).roles(role.name());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsTheCalendarFromTheNavigation(Role role) throws Exception {
        String body = body(mvc.perform(get("/obligations").param("status", "ALL").param("department", department)
                        .with(as(role)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn());

        assertThat(body).contains("<h1 class=\"kern-heading-large\">Pflichtenkalender</h1>");
        assertThat(body).contains("href=\"/obligations\" aria-current=\"page\"");
        assertThat(body).contains("href=\"/use-cases/" + reference + "/classification\"", title, "Art. 27",
                "02.12.2027");
        // The department filter keeps other departments' use cases out.
        assertThat(body).doesNotContain("Wohngeld-Assistent");
    }

    @Test
    void theDefaultViewShowsOpenObligationsAndWildParametersFallBackToIt() throws Exception {
        String body = body(mvc.perform(get("/obligations").param("status", "<script>").param("overdue", "vielleicht")
                        .param("department", department).with(as(Role.CAIO)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(body).contains("<option value=\"OPEN\" selected=\"selected\">offen</option>");
        assertThat(body).contains("id=\"heading-OVERDUE\"", "id=\"heading-UPCOMING\"", "id=\"heading-LATER\"");
        assertThat(body).doesNotContain("<script>", "id=\"overdue\" name=\"overdue\" value=\"true\" checked");
        assertThat(body).contains(title);
    }

    @Test
    void onlyOverdueShowsTheOverdueSectionAlone() throws Exception {
        String body = body(mvc.perform(get("/obligations").param("overdue", "true").param("department", department)
                        .with(as(Role.KI_HUB)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(body).contains("id=\"heading-OVERDUE\"").doesNotContain("id=\"heading-UPCOMING\"")
                .doesNotContain("id=\"heading-LATER\"");
        // The FRIA applies from 02.12.2027: not overdue; AI literacy (since 02.02.2025) is.
        assertThat(body).doesNotContain("Art. 27").contains("Art. 4");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleDownloadsTheDossierFromTheTab(Role role) throws Exception {
        String tab = body(mvc.perform(get("/use-cases/{ref}/classification", reference).with(as(role)))
                .andExpect(status().isOk()).andReturn());
        assertThat(tab).contains("href=\"/use-cases/" + reference + "/classification/dossier.pdf\"",
                "Dossier (PDF)");

        MvcResult result = mvc.perform(get("/use-cases/{ref}/classification/dossier.pdf", reference).with(as(role)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"Einstufungsdossier-" + reference + ".pdf\""))
                .andReturn();

        String text = PdfText.of(result.getResponse().getContentAsByteArray());
        assertThat(text).contains(reference, title, "Hochrisiko", "Art. 27", "Erstellt am",
                "von acc-cal-" + role.name().toLowerCase());
    }

    @Test
    void aUseCaseNeverClassifiedGetsADossierSayingSo() throws Exception {
        MvcResult result = mvc.perform(get("/use-cases/{ref}/classification/dossier.pdf", unclassified)
                        .with(as(Role.VERWALTUNG)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn();

        assertThat(PdfText.of(result.getResponse().getContentAsByteArray())).contains(unclassified, "Nicht eingestuft");
    }

    @Test
    void anUnknownUseCaseHasNoDossierButTheNotFoundPage() throws Exception {
        String body = body(mvc.perform(get("/use-cases/KI-2099-999/classification/dossier.pdf")
                        .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).with(as(Role.IT)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn());

        assertThat(body).contains("Nicht gefunden").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/obligations", "/obligations?status=ALL", "/use-cases/{ref}/classification/dossier.pdf" })
    void anonymousVisitorsAreSentToTheLoginPage(String path) throws Exception {
        MvcResult result = mvc.perform(get(path.replace("{ref}", reference)).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

package de.kiregister.register.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may see and change what in the register, through the real filter chain and method security. Every test
 * works on a fresh use case owned by {@link Actor#OWNER}; refused writes must leave the database untouched.
 */
@WebIntegrationTest
class UseCaseAccessTests {

    /** Makes names unique in the shared test database. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** The people of the matrix: every role once, and two project owners, one of whom owns the use case. */
    enum Actor {
        KI_HUB(Role.KI_HUB),
        OWNER(Role.PROJECT_OWNER),
        OTHER_PROJECT_OWNER(Role.PROJECT_OWNER),
        PERSONALRAT(Role.PERSONALRAT),
        IT(Role.IT),
        VERWALTUNG(Role.VERWALTUNG),
        CAIO(Role.CAIO),
        ADMIN(Role.ADMIN);

        final Role role;

        Actor(Role role) {
            this.role = role;
        }

        String username() {
            return "acc-" + name().toLowerCase().replace('_', '-') + "-" + RUN;
        }

        RequestPostProcessor login() {
            return user(username()).roles(role.name());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @Autowired
    DepartmentService departments;

    @Autowired
    UseCaseService useCases;

    @Autowired
    JdbcClient jdbc;

    private UUID departmentId;
    private String reference;
    private String title;

    @BeforeEach
    void createUseCase() {
        for (Actor actor : Actor.values()) {
            users.createIfMissing(actor.username(), "Test " + actor.name(), actor.username() + "@example.org",
                    "geheim-geheim-123", Set.of(actor.role));
        }
        departmentId = departments.createIfMissing("ACC-" + RUN, "Zugriffstestamt " + RUN).id();
        title = "Zugriffstest " + UUID.randomUUID();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                Actor.KI_HUB.username(), null, AuthorityUtils.createAuthorityList(Role.KI_HUB.authority())));
        try {
            reference = useCases.register(new UseCaseDetails(title, "Kurzbeschreibung", "Zweck", null,
                    StrategicGoal.EFFICIENCY, Category.CHATBOT, Horizon.SHORT_TERM, null, null, Hosting.EU_CLOUD,
                    null, null, PersonalData.NONE, Set.of(AffectedGroup.EMPLOYEES), AutomationLevel.ASSISTIVE, null,
                    null, null, null, null, null), departmentId, Actor.OWNER.username()).reference();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    // --- reading ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Actor.class)
    void everyRoleReadsTheRegister(Actor actor) throws Exception {
        for (String path : List.of("/", "/use-cases", "/use-cases/" + reference,
                "/use-cases/" + reference + "/history", "/use-cases/" + reference + "/classification")) {
            String body = body(mvc.perform(get(path).with(actor.login()))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andReturn());
            assertThat(body).as(path).contains("KI-Register");
        }
        assertThat(body(mvc.perform(get("/use-cases/" + reference).with(actor.login()))
                .andExpect(status().isOk()).andReturn())).contains(title).contains(reference);

        String csv = body(mvc.perform(get("/use-cases/export.csv").with(actor.login()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, startsWith("attachment")))
                .andReturn());
        assertThat(csv).contains("Kennung;Titel").contains(reference + ";" + title);
    }

    @Test
    void theOwnerSeesTheUseCaseOnTheStartPage() throws Exception {
        assertThat(body(mvc.perform(get("/").with(Actor.OWNER.login())).andExpect(status().isOk()).andReturn()))
                .contains(reference + " – " + title);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/use-cases", "/use-cases/{ref}", "/use-cases/{ref}/history",
            "/use-cases/{ref}/classification", "/use-cases/export.csv", "/use-cases/new", "/use-cases/{ref}/edit" })
    void anonymousVisitorsAreSentToTheLoginPage(String path) throws Exception {
        mvc.perform(get(path.replace("{ref}", reference)).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void onlyKiHubOpensTheNewForm() throws Exception {
        assertThat(body(mvc.perform(get("/use-cases/new").with(Actor.KI_HUB.login()))
                .andExpect(status().isOk()).andReturn())).contains("Neuen Anwendungsfall erfassen");
    }

    @ParameterizedTest
    @EnumSource(value = Actor.class, mode = Mode.EXCLUDE, names = "KI_HUB")
    void othersMayNotOpenTheNewForm(Actor actor) throws Exception {
        mvc.perform(get("/use-cases/new").with(actor.login())).andExpect(status().isForbidden());
    }

    @Test
    void kiHubOpensTheQuestionnaireAtTheFirstQuestion() throws Exception {
        assertThat(body(mvc.perform(get("/use-cases/{ref}/classification/questionnaire", reference)
                        .with(Actor.KI_HUB.login()))
                .andExpect(status().isOk()).andReturn()))
                .contains("Einstufen nach der KI-Verordnung").contains("name=\"question\" value=\"R1\"");
    }

    /** Only KI-Hub classifies (rule 18, docs/rules.md): the questionnaire is refused to everyone else, GET and POST. */
    @ParameterizedTest
    @EnumSource(value = Actor.class, mode = Mode.EXCLUDE, names = "KI_HUB")
    void othersMayNotUseTheQuestionnaire(Actor actor) throws Exception {
        mvc.perform(get("/use-cases/{ref}/classification/questionnaire", reference).with(actor.login()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/use-cases/{ref}/classification/questionnaire", reference).with(actor.login())
                        .with(csrf()).param("action", "save").param("a.R1", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/use-cases/{ref}/classification/obligations/AI_LITERACY", reference)
                .with(actor.login())).andExpect(status().isForbidden());
        mvc.perform(post("/use-cases/{ref}/classification/obligations/AI_LITERACY", reference)
                        .with(actor.login()).with(csrf()).param("state", "DONE"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from obligation_status where use_case_reference = ?")
                .param(reference).query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Actor.class, names = { "KI_HUB", "OWNER" })
    void kiHubAndTheOwnerOpenTheEditForm(Actor actor) throws Exception {
        assertThat(body(mvc.perform(get("/use-cases/{ref}/edit", reference).with(actor.login()))
                .andExpect(status().isOk()).andReturn()))
                .contains("Anwendungsfall " + reference + " bearbeiten").contains(title);
    }

    @ParameterizedTest
    @EnumSource(value = Actor.class, mode = Mode.EXCLUDE, names = { "KI_HUB", "OWNER" })
    void othersMayNotOpenTheEditForm(Actor actor) throws Exception {
        mvc.perform(get("/use-cases/{ref}/edit", reference).with(actor.login())).andExpect(status().isForbidden());
    }

    @Test
    void theEditButtonIsShownOnlyToThoseWhoMayEdit() throws Exception {
        for (Actor viewer : Actor.values()) {
            String detail = body(mvc.perform(get("/use-cases/{ref}", reference).with(viewer.login()))
                    .andExpect(status().isOk()).andReturn());
            boolean mayEdit = viewer == Actor.KI_HUB || viewer == Actor.OWNER;
            assertThat(detail.contains("id=\"edit-use-case\"")).as(viewer.name()).isEqualTo(mayEdit);
        }
    }

    // --- creating ---------------------------------------------------------------------------------------------

    @Test
    void kiHubRegistersAUseCase() throws Exception {
        String newTitle = "Neu " + UUID.randomUUID();
        long before = useCaseCount();

        mvc.perform(withForm(post("/use-cases"), newTitle).with(Actor.KI_HUB.login()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/use-cases/KI-*"));

        assertThat(useCaseCount()).isEqualTo(before + 1);
        assertThat(countWithTitle(newTitle)).isOne();
    }

    @ParameterizedTest
    @EnumSource(value = Actor.class, mode = Mode.EXCLUDE, names = "KI_HUB")
    void othersMayNotRegisterAUseCase(Actor actor) throws Exception {
        String newTitle = "Verboten " + UUID.randomUUID();
        long before = useCaseCount();

        mvc.perform(withForm(post("/use-cases"), newTitle).with(actor.login()).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(useCaseCount()).isEqualTo(before);
        assertThat(countWithTitle(newTitle)).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Actor.class, mode = Mode.EXCLUDE, names = "KI_HUB")
    void othersGetNoFormBackEvenWhenTheirInputIsInvalid(Actor actor) throws Exception {
        // Refused before validation: an invalid post must not become a way round the 403 of the form pages.
        mvc.perform(withForm(post("/use-cases"), "").with(actor.login()).with(csrf()))
                .andExpect(status().isForbidden());
        if (actor != Actor.OWNER) {
            mvc.perform(withForm(post("/use-cases/{ref}", reference), "").param("version", version().toString())
                            .with(actor.login()).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(storedTitle()).isEqualTo(title);
    }

    @Test
    void anInvalidFormIsShownAgainWithTheMessageAndNothingIsSaved() throws Exception {
        String summary = "Ohne Titel " + UUID.randomUUID();
        long before = useCaseCount();

        String body = body(mvc.perform(withForm(post("/use-cases"), "").param("summary", summary)
                        .with(Actor.KI_HUB.login()).with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(body).contains("Bitte füllen Sie dieses Feld aus.").contains("id=\"title-error\"")
                .contains(summary);
        assertThat(useCaseCount()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from use_case where summary = ?").param(summary).query(Long.class)
                .single()).isZero();
    }

    // --- updating ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Actor.class, names = { "KI_HUB", "OWNER" })
    void kiHubAndTheOwnerUpdateTheUseCase(Actor actor) throws Exception {
        String newTitle = "Geändert " + UUID.randomUUID();

        mvc.perform(withForm(post("/use-cases/{ref}", reference), newTitle).param("version", version().toString())
                        .with(actor.login()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/use-cases/" + reference));

        assertThat(storedTitle()).isEqualTo(newTitle);
    }

    @ParameterizedTest
    @EnumSource(value = Actor.class, mode = Mode.EXCLUDE, names = { "KI_HUB", "OWNER" })
    void othersMayNotUpdateTheUseCase(Actor actor) throws Exception {
        Long version = version();

        mvc.perform(withForm(post("/use-cases/{ref}", reference), "Übernommen " + UUID.randomUUID())
                        .param("version", version.toString()).with(actor.login()).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(storedTitle()).isEqualTo(title);
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void aUseCaseWhoseOwnerLeftIsEditedWithoutAHandover() throws Exception {
        String leaver = "acc-leaver-" + RUN;
        users.createIfMissing(leaver, "Lea Ausgeschieden " + RUN, leaver + "@example.org", "geheim-geheim-123",
                Set.of(Role.PROJECT_OWNER));
        jdbc.sql("update app_user set enabled = false where username = ?").param(leaver).update();
        jdbc.sql("update use_case set owner_username = ? where reference = ?").param(leaver).param(reference)
                .update();

        mvc.perform(get("/use-cases/{ref}/edit", reference).with(Actor.KI_HUB.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + leaver + "\" selected=\"selected\">Lea "
                        + "Ausgeschieden " + RUN + " (Konto deaktiviert)</option>")));

        String newTitle = "Nach dem Weggang " + UUID.randomUUID();
        mvc.perform(withForm(post("/use-cases/{ref}", reference), newTitle).param("version", version().toString())
                        .with(request -> {
                            request.setParameter("ownerUsername", leaver);
                            return request;
                        })
                        .with(Actor.KI_HUB.login()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/use-cases/" + reference));

        assertThat(storedTitle()).isEqualTo(newTitle);
        assertThat(jdbc.sql("select owner_username from use_case where reference = ?").param(reference)
                .query(String.class).single()).isEqualTo(leaver);
    }

    @Test
    void theOwnerMayNotHandTheUseCaseOver() throws Exception {
        mvc.perform(withForm(post("/use-cases/{ref}", reference), "Weitergegeben")
                        .param("ownerUsername", Actor.OTHER_PROJECT_OWNER.username())
                        .param("version", version().toString()).with(Actor.OWNER.login()).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(storedTitle()).isEqualTo(title);
        assertThat(jdbc.sql("select owner_username from use_case where reference = ?").param(reference)
                .query(String.class).single()).isEqualTo(Actor.OWNER.username());
    }

    @Test
    void aStaleUpdateShowsWhoChangedItAndKeepsTheStoredTitle() throws Exception {
        Long original = version();
        String firstTitle = "Erster Stand " + UUID.randomUUID();
        mvc.perform(withForm(post("/use-cases/{ref}", reference), firstTitle).param("version", original.toString())
                        .with(Actor.OWNER.login()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(version()).isGreaterThan(original);

        String staleTitle = "Veraltet " + UUID.randomUUID();
        String body = body(mvc.perform(withForm(post("/use-cases/{ref}", reference), staleTitle)
                        .param("version", original.toString()).with(Actor.KI_HUB.login()).with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(body).contains("wurde inzwischen von " + Actor.OWNER.username())
                .contains(staleTitle) // the user's input is kept
                .contains(firstTitle); // and the stored value shown next to it
        assertThat(storedTitle()).isEqualTo(firstTitle);
    }

    // --- lifecycle --------------------------------------------------------------------------------------------

    @Test
    void kiHubMovesThePhase() throws Exception {
        mvc.perform(post("/use-cases/{ref}/phase", reference).param("action", "START_FEASIBILITY")
                        .with(Actor.KI_HUB.login()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/use-cases/" + reference));

        assertThat(storedPhase()).isEqualTo("FEASIBILITY");
    }

    @ParameterizedTest
    @EnumSource(value = Actor.class, mode = Mode.EXCLUDE, names = "KI_HUB")
    void othersMayNotMoveThePhase(Actor actor) throws Exception {
        mvc.perform(post("/use-cases/{ref}/phase", reference).param("action", "START_FEASIBILITY")
                        .with(actor.login()).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(storedPhase()).isEqualTo("IDEA");
    }

    // --- CSRF -------------------------------------------------------------------------------------------------

    @Test
    void withoutCsrfTokenNoWriteGetsThrough() throws Exception {
        long before = useCaseCount();
        Long version = version();
        String newTitle = "Ohne Token " + UUID.randomUUID();

        mvc.perform(withForm(post("/use-cases"), newTitle).with(Actor.KI_HUB.login()))
                .andExpect(status().isForbidden());
        mvc.perform(withForm(post("/use-cases/{ref}", reference), newTitle).param("version", version.toString())
                        .with(Actor.KI_HUB.login()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/use-cases/{ref}/phase", reference).param("action", "START_FEASIBILITY")
                        .with(Actor.KI_HUB.login()))
                .andExpect(status().isForbidden());
        mvc.perform(withForm(post("/use-cases"), newTitle).with(Actor.KI_HUB.login()).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());

        assertThat(useCaseCount()).isEqualTo(before);
        assertThat(countWithTitle(newTitle)).isZero();
        assertThat(storedTitle()).isEqualTo(title);
        assertThat(version()).isEqualTo(version);
        assertThat(storedPhase()).isEqualTo("IDEA");
    }

    // --- errors -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "/use-cases/KI-2099-999", "/use-cases/KI-2099-999/history",
            "/use-cases/KI-2099-999/classification",
            "/use-cases/KI-2099-999/edit", "/use-cases/foo", "/use-cases/foo/history" })
    void unknownOrMalformedReferencesShowTheGermanNotFoundPage(String path) throws Exception {
        String body = body(mvc.perform(get(path).with(Actor.KI_HUB.login()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn());

        assertThat(body).contains("Nicht gefunden").doesNotContain("Exception").doesNotContain("at de.kiregister")
                .doesNotContain("NotFound");
    }

    @Test
    void theNotFoundPageSpeaksEnglishWhenAsked() throws Exception {
        String body = body(mvc.perform(get("/use-cases/KI-2099-999").param("lang", "en").with(Actor.IT.login()))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(body).contains("Not found").doesNotContain("Nicht gefunden");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private MockHttpServletRequestBuilder withForm(MockHttpServletRequestBuilder request, String title) {
        return request
                .param("title", title)
                .param("summary", "Eine kurze Beschreibung")
                .param("purpose", "Ein Zweck")
                .param("departmentId", departmentId.toString())
                .param("ownerUsername", Actor.OWNER.username())
                .param("strategicGoal", StrategicGoal.CITIZEN_SERVICES.name())
                .param("category", Category.TRANSLATION.name())
                .param("horizon", Horizon.MID_TERM.name())
                .param("hosting", Hosting.OWN_DATA_CENTRE.name())
                .param("personalData", PersonalData.NONE.name())
                .param("automationLevel", AutomationLevel.HUMAN_REVIEWS_EVERY_OUTPUT.name());
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long useCaseCount() {
        return jdbc.sql("select count(*) from use_case").query(Long.class).single();
    }

    private long countWithTitle(String title) {
        return jdbc.sql("select count(*) from use_case where title = ?").param(title).query(Long.class).single();
    }

    private String storedTitle() {
        return jdbc.sql("select title from use_case where reference = ?").param(reference).query(String.class)
                .single();
    }

    private String storedPhase() {
        return jdbc.sql("select phase from use_case where reference = ?").param(reference).query(String.class)
                .single();
    }

    private Long version() {
        return jdbc.sql("select version from use_case where reference = ?").param(reference).query(Long.class)
                .single();
    }
}

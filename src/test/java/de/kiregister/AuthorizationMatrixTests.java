package de.kiregister;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.domain.DialogueService;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.test.TestRegister;
import de.kiregister.test.WebIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every state-changing endpoint of the application against every role and anonymous (rule 18). The endpoints
 * are read from the controller mappings, so a new endpoint without a rule below fails
 * {@link #everyStateChangingEndpointHasARule()}. A role the rule allows must not be refused (403, or the login);
 * every other role gets 403, anonymous visitors the login (pages) or 401 (API), and nothing answers 500. The
 * requests carry what it takes to get past form binding, but never what it takes to change data: each allowed
 * call ends in a German validation message or a rule of the domain, so the matrix can run in any order.
 */
@WebIntegrationTest
@Import(TestRegister.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> PARTIES = EnumSet.of(Role.PERSONALRAT, Role.IT, Role.VERWALTUNG);

    /** Who may call each state-changing endpoint, as far as roles go (object-level rules are tested elsewhere). */
    private static final Map<String, Set<Role>> RULES = Map.ofEntries(
            Map.entry("POST /use-cases", EnumSet.of(Role.KI_HUB)),
            Map.entry("POST /use-cases/{reference}", EnumSet.of(Role.KI_HUB, Role.PROJECT_OWNER)),
            Map.entry("POST /use-cases/{reference}/phase", EnumSet.of(Role.KI_HUB)),
            Map.entry("POST /use-cases/{reference}/classification/questionnaire", EnumSet.of(Role.KI_HUB)),
            Map.entry("POST /use-cases/{reference}/classification/obligations/{code}", EnumSet.of(Role.KI_HUB)),
            Map.entry("POST /use-cases/{reference}/dialogue/rounds", EnumSet.of(Role.KI_HUB)),
            Map.entry("POST /use-cases/{reference}/dialogue/items", EnumSet.of(Role.KI_HUB)),
            Map.entry("POST /dialogue/items/{id}/decision", PARTIES),
            Map.entry("POST /dialogue/items/{id}/answer", EnumSet.of(Role.KI_HUB)),
            Map.entry("POST /dialogue/items/{id}/comments",
                    EnumSet.of(Role.KI_HUB, Role.PERSONALRAT, Role.IT, Role.VERWALTUNG)),
            Map.entry("POST /api/classification/evaluate", ALL),
            Map.entry("POST /api/use-cases/{reference}/assessment", EnumSet.of(Role.KI_HUB)),
            Map.entry("POST /admin/users", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /admin/users/{id}", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /admin/departments", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /admin/departments/{id}", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /admin/dialogue-catalogue", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /admin/dialogue-catalogue/{id}", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /admin/priority-weights", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /use-cases/{reference}/milestones", EnumSet.of(Role.KI_HUB, Role.PROJECT_OWNER)),
            Map.entry("POST /use-cases/{reference}/milestones/{id}", EnumSet.of(Role.KI_HUB, Role.PROJECT_OWNER)),
            Map.entry("POST /use-cases/{reference}/reports", EnumSet.of(Role.KI_HUB, Role.PROJECT_OWNER)),
            Map.entry("POST /use-cases/{reference}/priority", EnumSet.of(Role.KI_HUB)),
            Map.entry("POST /use-cases/{reference}/publication", EnumSet.of(Role.KI_HUB)),
            Map.entry("POST /use-cases/{reference}/publication/withdrawal", EnumSet.of(Role.KI_HUB)));

    /**
     * Parameters that get a request past binding and type conversion to the authorisation, and no further: the
     * phase move is refused by the release rules, the questionnaire's save lacks answers.
     */
    private static final Map<String, Map<String, String>> PARAMETERS = Map.of(
            "POST /use-cases/{reference}/phase", Map.of("action", "START_PILOT"),
            "POST /use-cases/{reference}/classification/questionnaire", Map.of("action", "save"),
            "POST /dialogue/items/{id}/decision", Map.of("version", "0"),
            // A valid rating on a version that does not exist: refused as changed meanwhile, after the role check.
            "POST /use-cases/{reference}/priority", Map.of("strategicFit", "3", "reuse", "3", "version", "999999"));

    /** Left out on purpose: Boot's error page answers every method and changes nothing. */
    private static final Set<String> NOT_STATE_CHANGING = Set.of("POST /error", "PUT /error", "PATCH /error",
            "DELETE /error");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestRegister register;

    @Autowired
    DialogueService dialogues;

    private String owner;
    private String reference;
    private Map<Party, UUID> itemOf;

    @BeforeEach
    void aUseCaseWithAnOpenRound() {
        if (reference != null) {
            return;
        }
        owner = register.user("matrix-owner", Role.PROJECT_OWNER);
        reference = register.inDialogue("Berechtigungsmatrix", owner, MINIMAL);
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> dialogues.startRound(reference));
        itemOf = new TreeMap<>();
        for (Party party : Party.values()) {
            itemOf.put(party, dialogues.latestRound(reference).orElseThrow().itemsOf(party).getFirst().id());
        }
    }

    /** "POST /use-cases/{reference}" for every state-changing method and path of every controller. */
    private Set<String> stateChangingEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<RequestMethod> changing = EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
                    RequestMethod.DELETE);
            // A mapping without methods answers all of them, writes included.
            Set<RequestMethod> relevant = methods.isEmpty() ? changing : EnumSet.copyOf(methods);
            relevant.retainAll(changing);
            for (RequestMethod method : relevant) {
                for (String pattern : info.getPatternValues()) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        endpoints.removeAll(NOT_STATE_CHANGING);
        return endpoints;
    }

    @Test
    void everyStateChangingEndpointHasARule() {
        assertThat(stateChangingEndpoints())
                .as("state-changing endpoints without a rule in AuthorizationMatrixTests.RULES (add one)")
                .isSubsetOf(RULES.keySet());
        assertThat(RULES.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(stateChangingEndpoints());
    }

    @Test
    void everyRoleGetsWhatItsRuleSaysAndAnonymousVisitorsTheLogin() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : stateChangingEndpoints()) {
            Set<Role> allowed = RULES.getOrDefault(endpoint, Set.of());
            for (Role role : Role.values()) {
                MockHttpServletResponse response = call(endpoint, role, true);
                boolean refused = response.getStatus() == 403 || isLogin(response);
                if (response.getStatus() >= 500) {
                    wrong.add(endpoint + " as " + role + ": " + response.getStatus());
                } else if (allowed.contains(role) == refused) {
                    wrong.add(endpoint + " as " + role + ": " + response.getStatus() + " but the rule says "
                            + (allowed.contains(role) ? "allowed" : "refused"));
                }
            }
            MockHttpServletResponse anonymous = call(endpoint, null, true);
            boolean api = endpoint.contains(" /api/");
            if (api ? anonymous.getStatus() != 401 : !isLogin(anonymous)) {
                wrong.add(endpoint + " anonymous: " + anonymous.getStatus() + " " + anonymous.getRedirectedUrl());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noStateChangeWithoutTheCsrfTokenEvenForAllowedRoles() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : stateChangingEndpoints()) {
            for (Role role : RULES.getOrDefault(endpoint, Set.of())) {
                MockHttpServletResponse response = call(endpoint, role, false);
                if (response.getStatus() != 403) {
                    wrong.add(endpoint + " as " + role + " without CSRF: " + response.getStatus());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletResponse call(String endpoint, Role role, boolean withCsrf) throws Exception {
        String[] parts = endpoint.split(" ", 2);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path(parts[1], role));
        PARAMETERS.getOrDefault(endpoint, Map.of()).forEach(request::param);
        if (role != null) {
            // The owner is the use case's project owner, so PROJECT_OWNER meets the ownership rule too.
            String username = role == Role.PROJECT_OWNER ? owner : "matrix-" + role.name().toLowerCase();
            request.with(user(username).roles(role.name()));
        }
        if (withCsrf) {
            request.with(csrf());
        } else {
            // A browser's signed-in session: the ambient credential a forged request rides on. (API calls with
            // HTTP Basic and no session need no token, ADR-005; MockMvc's user() alone brings no session.)
            // Spring Session reads the id from its cookie (Base64).
            request.cookie(new Cookie("SESSION", Base64.getEncoder().encodeToString("matrix".getBytes())));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The pattern with real values: the test's use case, an item of the role's own party, made-up ids. */
    private String path(String pattern, Role role) {
        Party party = Stream.of(Party.values()).filter(p -> p.role() == role).findFirst().orElse(Party.IT);
        return pattern.replace("{reference}", reference)
                .replace("{code}", "AI_LITERACY")
                .replace("{id}", pattern.startsWith("/dialogue/items/") ? itemOf.get(party).toString()
                        : UUID.randomUUID().toString());
    }

    private static boolean isLogin(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() == 302 && location != null && location.endsWith("/login");
    }
}

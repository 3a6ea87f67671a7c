package de.kiregister.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.test.WebIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administration pages belong to ADMIN alone; plus the outer security settings every page relies on:
 * security headers, form login with a fresh session, HTTP Basic for {@code /api/**}.
 */
@WebIntegrationTest
class AdminAccessTests {

    private static final List<String> ADMIN_PAGES = List.of("/admin/users", "/admin/users/new", "/admin/departments");

    private static final String PASSWORD = "richtig-langes-passwort";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService users;

    private static RequestPostProcessor as(Role role) {
        return user("adm-" + role.name().toLowerCase()).roles(role.name());
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- pages ------------------------------------------------------------------------------------------------

    @Test
    void adminOpensTheAdministrationPages() throws Exception {
        for (String page : ADMIN_PAGES) {
            mvc.perform(get(page).with(as(Role.ADMIN))).andExpect(status().isOk());
        }
        assertThat(body(mvc.perform(get("/admin/users").with(as(Role.ADMIN))).andReturn()))
                .contains("Benutzer und Rollen");
        assertThat(body(mvc.perform(get("/admin/departments").with(as(Role.ADMIN))).andReturn()))
                .contains("Neues Fachamt");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = Mode.EXCLUDE, names = "ADMIN")
    void everyOtherRoleIsRefused(Role role) throws Exception {
        for (String page : ADMIN_PAGES) {
            mvc.perform(get(page).with(as(role))).andExpect(status().isForbidden());
        }
    }

    // --- departments ------------------------------------------------------------------------------------------

    @Test
    void adminCreatesADepartment() throws Exception {
        String code = unique("D");

        mvc.perform(post("/admin/departments").param("code", code).param("name", "Amt " + code)
                        .with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/departments"));

        assertThat(jdbc.sql("select name from department where code = ?").param(code).query(String.class).list())
                .containsExactly("Amt " + code);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = Mode.EXCLUDE, names = "ADMIN")
    void othersMayNotCreateADepartment(Role role) throws Exception {
        String code = unique("X");

        mvc.perform(post("/admin/departments").param("code", code).param("name", "Amt " + code)
                        .with(as(role)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(departmentCount(code)).isZero();
    }

    @Test
    void aDepartmentCodeCanBeTakenOnlyOnce() throws Exception {
        String code = unique("DUP");
        mvc.perform(post("/admin/departments").param("code", code).param("name", "Erstes Amt")
                        .with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String body = body(mvc.perform(post("/admin/departments").param("code", code.toLowerCase())
                        .param("name", "Zweites Amt").with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(body).contains("Das Kürzel „" + code.toLowerCase() + "“ ist bereits vergeben.");
        assertThat(jdbc.sql("select count(*) from department where lower(code) = lower(?)").param(code)
                .query(Long.class).single()).isOne();
    }

    // --- users ------------------------------------------------------------------------------------------------

    @Test
    void adminCreatesAUserWithRoles() throws Exception {
        String username = unique("neu-");

        mvc.perform(post("/admin/users").param("username", username).param("displayName", "Neue Person")
                        .param("email", username + "@example.org").param("password", PASSWORD)
                        .param("roles", "PERSONALRAT", "CAIO").with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(userCount(username)).isOne();
        assertThat(jdbc.sql("select r.role from app_user_role r join app_user u on u.id = r.user_id "
                + "where u.username = ?").param(username).query(String.class).list())
                .containsExactlyInAnyOrder("PERSONALRAT", "CAIO");
        assertThat(jdbc.sql("select password from app_user where username = ?").param(username)
                .query(String.class).single()).as("stored hashed").doesNotContain(PASSWORD).startsWith("{");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = Mode.EXCLUDE, names = "ADMIN")
    void othersMayNotCreateUsers(Role role) throws Exception {
        String username = unique("boese-");

        mvc.perform(post("/admin/users").param("username", username).param("displayName", "Selbst ernannt")
                        .param("email", username + "@example.org").param("password", PASSWORD)
                        .param("roles", "ADMIN").with(as(role)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(userCount(username)).isZero();
    }

    @Test
    void aTooShortPasswordIsRefusedWithAMessage() throws Exception {
        String username = unique("kurz-");

        String body = body(mvc.perform(post("/admin/users").param("username", username)
                        .param("displayName", "Kurz").param("email", username + "@example.org")
                        .param("password", "elf-zeichen").param("roles", "IT").with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(body).contains("Das Passwort muss mindestens 12 Zeichen lang sein.").contains(username);
        assertThat(userCount(username)).isZero();
    }

    @Test
    void withoutCsrfTokenAdminWritesAreRefused() throws Exception {
        String code = unique("C");
        String username = unique("csrf-");

        mvc.perform(post("/admin/departments").param("code", code).param("name", "Amt").with(as(Role.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").param("username", username).param("displayName", "Ohne Token")
                        .param("email", username + "@example.org").param("password", PASSWORD)
                        .param("roles", "ADMIN").with(as(Role.ADMIN)))
                .andExpect(status().isForbidden());

        assertThat(departmentCount(code)).isZero();
        assertThat(userCount(username)).isZero();
    }

    // --- security headers -------------------------------------------------------------------------------------

    @Test
    void theLoginPageSendsTheSecurityHeaders() throws Exception {
        MvcResult result = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"))
                .andReturn();

        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).isNotNull().contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isNotBlank();
    }

    // --- form login -------------------------------------------------------------------------------------------

    @Test
    void loggingInIssuesANewSession() throws Exception {
        String username = loginUser();

        // The session that exists before login (it holds the CSRF token of the login form) ...
        MvcResult loginPage = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        Cookie before = sessionCookie(loginPage);
        assertThat(before).as("the login page starts a session").isNotNull();

        MvcResult login = mvc.perform(post("/login").cookie(before).param("username", username)
                        .param("password", PASSWORD).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn();

        // ... is replaced by a new one on login (session fixation protection).
        Cookie after = sessionCookie(login);
        assertThat(after).as("login sets a new session cookie").isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());

        assertThat(body(mvc.perform(get("/").cookie(after)).andExpect(status().isOk()).andReturn()))
                .contains("Angemeldet als " + username);
        mvc.perform(get("/").cookie(before).header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aWrongPasswordSendsBackToTheLoginPage() throws Exception {
        String username = loginUser();

        mvc.perform(post("/login").param("username", username).param("password", "falsch-falsch-falsch")
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", unique("niemand-")).param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        String username = loginUser();

        mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    // --- HTTP Basic -------------------------------------------------------------------------------------------

    @Test
    void theApiAcceptsHttpBasic() throws Exception {
        String username = loginUser();

        int status = mvc.perform(get("/api/anything").with(httpBasic(username, PASSWORD)))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("authenticated, so anything but 401 (there is no API yet)").isNotEqualTo(401)
                .isNotEqualTo(403);
    }

    @Test
    void theApiAnswers401WithoutOrWithWrongCredentials() throws Exception {
        String username = loginUser();

        mvc.perform(get("/api/anything")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/anything").header(HttpHeaders.ACCEPT, "text/html")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/anything").with(httpBasic(username, "falsch-falsch-falsch")))
                .andExpect(status().isUnauthorized());
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private String loginUser() {
        String username = unique("login-");
        users.createIfMissing(username, "Login Test", username + "@example.org", PASSWORD, Set.of(Role.VERWALTUNG));
        return username;
    }

    private static Cookie sessionCookie(MvcResult result) {
        return result.getResponse().getCookie("SESSION");
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long departmentCount(String code) {
        return jdbc.sql("select count(*) from department where code = ?").param(code).query(Long.class).single();
    }

    private long userCount(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class)
                .single();
    }
}

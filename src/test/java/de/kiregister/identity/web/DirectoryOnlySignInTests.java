package de.kiregister.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Local sign-in switched off, and a directory that cannot be reached (nothing listens on port 1): the application
 * starts all the same, offers only the directory, accepts no password, and a sign-in attempt ends on the German
 * "unavailable" page instead of an error.
 */
@WebIntegrationTest
@TestPropertySource(properties = {
        "kiregister.login.local.enabled=false",
        "kiregister.oidc.issuer-uri=http://localhost:1/realms/stadt",
        "kiregister.oidc.client-id=ki-register",
        "kiregister.oidc.client-secret=geheim",
        "kiregister.oidc.login-label=Mit dem Stadtkonto anmelden" })
class DirectoryOnlySignInTests {

    private static final String PASSWORD = "richtig-langes-passwort";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @Test
    void theLoginPageOffersOnlyTheDirectoryWithTheConfiguredLabel() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("href=\"/oauth2/authorization/oidc\"").contains("Mit dem Stadtkonto anmelden")
                .doesNotContain("action=\"/login\"").doesNotContain("type=\"password\"");
    }

    @Test
    void noPasswordIsAcceptedNeitherInTheFormNorWithHttpBasic() throws Exception {
        String username = "nopw-" + UUID.randomUUID().toString().substring(0, 8);
        users.createIfMissing(username, "Nora Passwort", username + "@example.org", PASSWORD, Set.of(Role.ADMIN));

        mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
                .andExpect(unauthenticated());
        mvc.perform(get("/api/use-cases").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnreachableDirectoryEndsOnTheUnavailablePage() throws Exception {
        mvc.perform(get("/oauth2/authorization/oidc"))
                .andExpect(redirectedUrl("/login/refused?reason=unavailable"));

        String page = mvc.perform(get("/login/refused").param("reason", "unavailable")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Anmeldung nicht möglich").contains("Das Verzeichnis ist gerade nicht erreichbar.");
        // An unknown reason shows the general text, never the parameter itself.
        assertThat(mvc.perform(get("/login/refused").param("reason", "<script>")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("nicht gelungen").doesNotContain("<script>");
    }

    @Test
    void theCallbackWithoutARunningSignInEndsOnTheRefusalPage() throws Exception {
        // A forged or stale answer from "the directory": no authorization request in the session.
        mvc.perform(get("/login/oauth2/code/oidc").param("code", "abc").param("state", "xyz"))
                .andExpect(redirectedUrl("/login/refused?reason=failed"));
    }
}

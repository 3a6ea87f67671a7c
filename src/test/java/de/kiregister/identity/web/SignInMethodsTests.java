package de.kiregister.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccount;
import de.kiregister.identity.domain.UserAccountRepository;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without an OpenID Connect issuer nothing of single sign-on is active: the login page and the password sign-in are
 * as before. An account the directory created never signs in with a password.
 */
@WebIntegrationTest
class SignInMethodsTests {

    private static final String PASSWORD = "richtig-langes-passwort";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void withoutAnIssuerTheLoginPageHasOnlyTheForm() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("action=\"/login\"").contains("Bitte melden Sie sich mit Ihrem Benutzernamen")
                .doesNotContain("Verwaltungskonto").doesNotContain("oidc-sign-in");
        // No OAuth2 endpoints: the address is an ordinary protected page.
        mvc.perform(get("/oauth2/authorization/oidc")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/refused")).andExpect(status().isNotFound());
    }

    @Test
    void anAccountOfTheDirectoryHasNoPasswordSignIn() throws Exception {
        String username = "dir-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(UserAccount.fromDirectory(username, "Dora Direkt", username + "@example.org",
                Set.of(Role.VERWALTUNG), "https://login.example.org/realms/stadt", UUID.randomUUID().toString()));

        mvc.perform(get("/api/use-cases").with(httpBasic(username, ""))).andExpect(status().isUnauthorized());
        mvc.perform(post("/login").param("username", username).param("password", "").with(csrf()))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void aLocalAccountStillSignsInWithItsPassword() throws Exception {
        String username = "loc-" + UUID.randomUUID().toString().substring(0, 8);
        users.createIfMissing(username, "Lotte Lokal", username + "@example.org", PASSWORD, Set.of(Role.IT));

        mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/use-cases").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
    }
}

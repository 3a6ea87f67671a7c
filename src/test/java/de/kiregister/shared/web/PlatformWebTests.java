package de.kiregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.test.WebIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The plumbing every page relies on: design system assets from the build, sessions in PostgreSQL, language. */
@WebIntegrationTest
class PlatformWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService users;

    /** KERN UX comes from the npm tarball the Maven build downloads; htmx from its WebJar. Public, no login. */
    @ParameterizedTest
    @ValueSource(strings = {"/kern/kern.min.css", "/kern/kern-utilities.min.css", "/kern/themes/bw.css",
            "/kern/fonts/fira-sans.css", "/css/app.css", "/webjars/htmx.org/dist/htmx.min.js"})
    void servesStaticAssetsWithoutLogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void loginStoresTheSessionInPostgres() throws Exception {
        users.createIfMissing("session-test", "Session Test", "s@test", "geheim-geheim", Set.of(Role.CAIO));
        // Spring Session replaces the container session: the cookie is SESSION and the row is in spring_session.
        mvc.perform(post("/login").with(csrf())
                        .param("username", "session-test").param("password", "geheim-geheim"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/")))
                .andExpect(cookie().exists("SESSION"));
        long stored = jdbc.sql("select count(*) from spring_session where principal_name = 'session-test'")
                .query(Long.class).single();
        assertThat(stored).isGreaterThanOrEqualTo(1);
    }

    @Test
    void pagesAreGermanByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("Anmelden")))
                .andExpect(content().string(Matchers.containsString("lang=\"de\"")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("lang=\"en\"")));
    }

    /**
     * Every page is framed by one of the two layouts (plain Thymeleaf fragments): the page's title before the
     * application's name, the skip link, the design system, the page's content inside {@code main}, the footer.
     */
    @Test
    void pagesAreFramedByTheirLayout() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("<title>Anmelden – KI-Register</title>", "href=\"#main\"",
                        "/kern/kern.min.css", "class=\"app-footer\"")
                .containsPattern("(?s)<main id=\"main\"[^>]*>.*name=\"username\".*</main>")
                .containsPattern("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js")
                .doesNotContain(" th:", "layout:fragment");
        String register = mvc.perform(get("/register")).andReturn().getResponse().getContentAsString();
        String title = "Künstliche Intelligenz in der Verwaltung";
        assertThat(register).contains("<title>" + title + " – KI-Transparenzregister</title>",
                        "href=\"#main\"", "/kern/kern.min.css", "application/atom+xml")
                .containsPattern("(?s)<main id=\"main\"[^>]*>.*<h1[^>]*>" + title + "</h1>.*</main>")
                .doesNotContain("htmx", " th:", "layout:fragment");
        String english = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).containsPattern("<title>[^<]+ – KI-Register</title>").doesNotContain("Anmelden –");
    }

    @Test
    void actuatorExposesOnlyHealthAndInfo() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        // Not exposed at all: even a logged-in administrator finds nothing there.
        mvc.perform(get("/actuator/env").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }
}

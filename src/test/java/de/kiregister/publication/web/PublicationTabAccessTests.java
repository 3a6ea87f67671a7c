package de.kiregister.publication.web;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import de.kiregister.identity.Role;
import de.kiregister.publication.PublicationFixtures;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The "Veröffentlichung" tab per role through the real filter chain and method security: only KI-Hub sees it and
 * writes; every refused or invalid write leaves the publication tables as they were, with a German message.
 */
@WebIntegrationTest
@Import(PublicationFixtures.class)
class PublicationTabAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private String kiHub;
    private String reference;

    @BeforeEach
    void useCase() {
        kiHub = fixtures.kiHub();
        String owner = fixtures.user("tab-owner", "Tabea Eigner", Role.PROJECT_OWNER);
        reference = fixtures.assessed(PublicationFixtures.details("Reiter " + System.nanoTime()), owner, MINIMAL);
    }

    @Test
    void kiHubSeesTheTabWithTheCurrentValuesAndChoices() throws Exception {
        mvc.perform(get(tab()).with(as(Role.KI_HUB)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Veröffentlichung im Transparenzregister")))
                .andExpect(content().string(containsString("nicht im öffentlichen Transparenzregister")))
                .andExpect(content().string(containsString("name=\"withhold\" value=\"VENDOR\"")))
                .andExpect(content().string(containsString("Anbieter von Reiter")))
                .andExpect(content().string(containsString("name=\"basedOnVersion\" value=\"0\"")));
        mvc.perform(get("/use-cases/" + reference).with(as(Role.KI_HUB)))
                .andExpect(content().string(containsString("href=\"" + tab() + "\"")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "KI_HUB", mode = Mode.EXCLUDE)
    void otherRolesNeitherSeeNorWriteIt(Role role) throws Exception {
        mvc.perform(get(tab()).with(as(role))).andExpect(status().isForbidden());
        mvc.perform(publish().with(as(role)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(tab() + "/withdrawal").with(as(role)).with(csrf()).param("version", "1")
                .param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/use-cases/" + reference).with(as(role)))
                .andExpect(content().string(not(containsString(tab()))));
        assertThat(rows()).isZero();
    }

    @Test
    void anonymousIsSentToTheLogin() throws Exception {
        mvc.perform(get(tab())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(publish().with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(rows()).isZero();
    }

    @Test
    void kiHubPublishesWithAWithheldFieldAndItsReason() throws Exception {
        mvc.perform(publish().param("withhold", "VENDOR").param("reason.VENDOR", "Vergabe läuft")
                        .with(as(Role.KI_HUB)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(tab()));

        assertThat(rows()).isOne();
        String withheld = jdbc.sql("select withheld::text from publication_snapshot where use_case_reference = :r")
                .param("r", reference).query(String.class).single();
        assertThat(withheld).contains("VENDOR", "Vergabe läuft");
        mvc.perform(get(tab()).with(as(Role.KI_HUB)))
                .andExpect(content().string(containsString("Öffentlich als Version 1")))
                .andExpect(content().string(containsString("Anbieter und Produkt: Vergabe läuft")))
                .andExpect(content().string(containsString(kiHub)))
                .andExpect(content().string(containsString("name=\"basedOnVersion\" value=\"1\"")));
    }

    @Test
    void withoutCsrfTokenNothingIsPublished() throws Exception {
        mvc.perform(publish().with(as(Role.KI_HUB))).andExpect(status().isForbidden());
        assertThat(rows()).isZero();
    }

    @Test
    void aWithheldFieldWithoutReasonIsRefusedAtTheField() throws Exception {
        mvc.perform(publish().param("withhold", "PURPOSE").param("reason.PURPOSE", "   ")
                        .with(as(Role.KI_HUB)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bitte geben Sie an, warum dieses Feld nicht veröffentlicht wird.")))
                .andExpect(content().string(containsString("id=\"reason-PURPOSE-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Es wurde nichts veröffentlicht.")));
        mvc.perform(publish().param("withhold", "PURPOSE").param("reason.PURPOSE", "x".repeat(501))
                        .with(as(Role.KI_HUB)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("höchstens 500 Zeichen")));
        assertThat(rows()).isZero();
    }

    @Test
    void forgedAndMissingValuesAreRefusedOrIgnored() throws Exception {
        // An unknown field name is no field: ignored, the rest is published.
        mvc.perform(publish().param("withhold", "OWNER").param("reason.OWNER", "x").with(as(Role.KI_HUB))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(rows()).isOne();
        // A form without its version (or built on an old one) is refused with a message, nothing written.
        mvc.perform(post(tab()).with(as(Role.KI_HUB)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bitte laden Sie die Seite neu")));
        mvc.perform(publish().with(as(Role.KI_HUB)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Inzwischen hat jemand anderes")));
        mvc.perform(post(tab()).param("basedOnVersion", "abc").with(as(Role.KI_HUB)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(rows()).isOne();
        mvc.perform(get("/use-cases/KI-1999-999/publication").with(as(Role.KI_HUB)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnclassifiedUseCaseIsRefusedWithTheReason() throws Exception {
        String owner = fixtures.user("tab-owner", "Tabea Eigner", Role.PROJECT_OWNER);
        String unclassified = fixtures.registered(PublicationFixtures.details("Uneingestuft " + System.nanoTime()),
                owner);
        mvc.perform(get("/use-cases/" + unclassified + "/publication").with(as(Role.KI_HUB)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Veröffentlichen setzt eine Risikoeinstufung")));
        mvc.perform(post("/use-cases/" + unclassified + "/publication").param("basedOnVersion", "0")
                        .with(as(Role.KI_HUB)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Veröffentlichen setzt eine Risikoeinstufung")));
        assertThat(jdbc.sql("select count(*) from publication_snapshot where use_case_reference = :r")
                .param("r", unclassified).query(Long.class).single()).isZero();
    }

    @Test
    void kiHubWithdrawsWithAnInternalReason() throws Exception {
        fixtures.publish(reference, 0, Map.of());

        mvc.perform(post(tab() + "/withdrawal").param("version", "1").param("reason", " ")
                        .with(as(Role.KI_HUB)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Bitte geben Sie einen Grund für das Zurückziehen an.")));
        assertThat(withdrawals()).isZero();
        mvc.perform(post(tab() + "/withdrawal").param("version", "1").param("reason", "Pilot beendet")
                        .with(as(Role.KI_HUB)))
                .andExpect(status().isForbidden());
        assertThat(withdrawals()).isZero();

        mvc.perform(post(tab() + "/withdrawal").param("version", "1").param("reason", "Pilot beendet")
                        .with(as(Role.KI_HUB)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(withdrawals()).isOne();
        mvc.perform(get(tab()).with(as(Role.KI_HUB)))
                .andExpect(content().string(containsString("wurde zurückgezogen")))
                .andExpect(content().string(containsString("Pilot beendet")));
    }

    private String tab() {
        return "/use-cases/" + reference + "/publication";
    }

    private MockHttpServletRequestBuilder publish() {
        return post(tab()).param("basedOnVersion", "0");
    }

    private RequestPostProcessor as(Role role) {
        return user(role == Role.KI_HUB ? kiHub : "tab-" + role.name().toLowerCase() + "-" + fixtures.run())
                .roles(role.name());
    }

    private long rows() {
        return jdbc.sql("select count(*) from publication_snapshot where use_case_reference = :r")
                .param("r", reference).query(Long.class).single();
    }

    private long withdrawals() {
        return jdbc.sql("""
                select count(*) from publication_withdrawal w join publication_snapshot s on s.id = w.snapshot_id
                where s.use_case_reference = :r
                """).param("r", reference).query(Long.class).single();
    }

}

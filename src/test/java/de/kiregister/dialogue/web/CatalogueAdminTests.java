package de.kiregister.dialogue.web;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import de.kiregister.dialogue.domain.DialogueItem;
import de.kiregister.dialogue.domain.DialogueService;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.test.TestRegister;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * ADMIN keeps the standard item catalogue; new rounds take it as it is then. Entries made here are deactivated
 * at the end of each test, because every other test's rounds in the shared database would get them too.
 */
@WebIntegrationTest
@Import(TestRegister.class)
class CatalogueAdminTests {

    private static final RequestPostProcessor ADMIN = user("cat-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegister register;

    @Autowired
    DialogueService dialogues;

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private long entries(String code) {
        return jdbc.sql("select count(*) from dialogue_catalogue_item where code = ?").param(code)
                .query(Long.class).single();
    }

    private UUID idOf(String code) {
        return jdbc.sql("select id from dialogue_catalogue_item where code = ?").param(code).query(UUID.class)
                .single();
    }

    @Test
    void adminSeesTheCatalogueWithItsGermanDefaults() throws Exception {
        mvc.perform(get("/admin/dialogue-catalogue").with(ADMIN)).andExpect(status().isOk())
                .andExpect(model().attribute("entries", org.hamcrest.Matchers.hasSize(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(15))));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void nobodyElseReadsOrChangesTheCatalogue(Role role) throws Exception {
        RequestPostProcessor other = user("cat-" + role.name().toLowerCase()).roles(role.name());
        String code = code();
        mvc.perform(get("/admin/dialogue-catalogue").with(other)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/dialogue-catalogue").with(other).with(csrf()).param("party", "IT")
                .param("code", code).param("title", "T").param("description", "D").param("position", "9"))
                .andExpect(status().isForbidden());
        UUID existing = idOf("IT-SECURITY");
        mvc.perform(post("/admin/dialogue-catalogue/{id}", existing).with(other).with(csrf())
                .param("title", "Übernommen").param("description", "D").param("position", "1"))
                .andExpect(status().isForbidden());
        assertThat(entries(code)).isZero();
        assertThat(jdbc.sql("select title from dialogue_catalogue_item where code = 'IT-SECURITY'")
                .query(String.class).single()).isEqualTo("Sicherheitskonzept");
    }

    @Test
    void aNewEntryJoinsTheNextRoundAndLeavesItWhenDeactivated() throws Exception {
        String code = code();
        mvc.perform(post("/admin/dialogue-catalogue").with(ADMIN).with(csrf()).param("party", "PERSONALRAT")
                        .param("code", code.toLowerCase()).param("title", "Dienstplanung")
                        .param("description", "Ändern sich Dienstpläne oder Schichten?").param("position", "9"))
                .andExpect(redirectedUrl("/admin/dialogue-catalogue"));
        assertThat(entries(code)).as("codes are stored in upper case").isOne();
        try {
            String reference = register.inDialogue("Katalog", register.user("cat-owner", Role.PROJECT_OWNER),
                    MINIMAL);
            CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> dialogues.startRound(reference));
            assertThat(dialogues.latestRound(reference).orElseThrow().sortedItems())
                    .extracting(DialogueItem::code).contains(code);
        } finally {
            mvc.perform(post("/admin/dialogue-catalogue/{id}", idOf(code)).with(ADMIN).with(csrf())
                            .param("title", "Dienstplanung").param("description", "Ändern sich Dienstpläne?")
                            .param("position", "9").param("active", "false"))
                    .andExpect(redirectedUrl("/admin/dialogue-catalogue"));
        }
        assertThat(jdbc.sql("select active from dialogue_catalogue_item where code = ?").param(code)
                .query(Boolean.class).single()).isFalse();
        String next = register.inDialogue("Katalog danach", register.user("cat-owner", Role.PROJECT_OWNER), MINIMAL);
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> dialogues.startRound(next));
        assertThat(dialogues.latestRound(next).orElseThrow().sortedItems()).extracting(DialogueItem::code)
                .doesNotContain(code);
    }

    @Test
    void badEntriesAreRefusedAtTheFieldAndNothingIsStored() throws Exception {
        String code = code();
        mvc.perform(post("/admin/dialogue-catalogue").with(ADMIN).with(csrf()).param("party", "")
                        .param("code", "mit Leerzeichen").param("title", " ").param("description", "")
                        .param("position", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "party", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "description", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "position", "Min"));
        mvc.perform(post("/admin/dialogue-catalogue").with(ADMIN).with(csrf()).param("party", "IT")
                        .param("code", "it-security").param("title", "Doppelt").param("description", "D")
                        .param("position", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "dialogue.catalogue.code.taken"));
        mvc.perform(post("/admin/dialogue-catalogue").with(ADMIN).param("party", "IT").param("code", code)
                .param("title", "Ohne Token").param("description", "D").param("position", "1"))
                .andExpect(status().isForbidden());
        assertThat(entries(code)).isZero();
        assertThat(entries("IT-SECURITY")).isOne();
        mvc.perform(get("/admin/dialogue-catalogue/{id}", UUID.randomUUID()).with(ADMIN))
                .andExpect(status().isNotFound());
    }
}

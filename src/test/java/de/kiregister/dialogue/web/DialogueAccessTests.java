package de.kiregister.dialogue.web;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.Verdict;
import de.kiregister.dialogue.domain.DialogueItem;
import de.kiregister.dialogue.domain.DialogueService;
import de.kiregister.dialogue.domain.Inbox;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.test.PdfText;
import de.kiregister.test.PortfolioGenerator;
import de.kiregister.test.TestRegister;
import de.kiregister.test.WebIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every page and write of the Spezifikationsdialog per role, through the real filter chain and method security:
 * allowed, or 403 with nothing written; CSRF on every write; forged and bad input refused with a message.
 */
@WebIntegrationTest
@Import(TestRegister.class)
class DialogueAccessTests {

    private static final Set<Role> PARTY_ROLES = EnumSet.of(Role.PERSONALRAT, Role.IT, Role.VERWALTUNG);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRegister register;

    @Autowired
    DialogueService dialogues;

    @Autowired
    JdbcClient jdbc;

    private String owner;
    private String reference;

    @BeforeEach
    void useCaseWithAnOpenRound() {
        owner = register.user("acc-dlg-owner", Role.PROJECT_OWNER);
        reference = register.inDialogue("Zugriff Dialog", owner, MINIMAL);
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> dialogues.startRound(reference));
    }

    private static RequestPostProcessor as(Role role) {
        return user("acc-dlg-" + role.name().toLowerCase()).roles(role.name());
    }

    private DialogueItem item(Party party) {
        return dialogues.latestRound(reference).orElseThrow().itemsOf(party).getFirst();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " x join dialogue_item i on i.id = x.item_id "
                + "join dialogue_round r on r.id = i.round_id where r.use_case_reference = ?")
                .param(reference).query(Long.class).single();
    }

    private long rounds() {
        return jdbc.sql("select count(*) from dialogue_round where use_case_reference = ?").param(reference)
                .query(Long.class).single();
    }

    private long items() {
        return jdbc.sql("select count(*) from dialogue_item i join dialogue_round r on r.id = i.round_id "
                + "where r.use_case_reference = ?").param(reference).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder decision(DialogueItem item, String verdict, String text) {
        return post("/dialogue/items/{id}/decision", item.id()).param("version", String.valueOf(item.version()))
                .param("verdict", verdict).param("text", text);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsTheDialogueTabAndItsInbox(Role role) throws Exception {
        String tab = mvc.perform(get("/use-cases/{ref}/dialogue", reference).with(as(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tab).contains("Runde 1").contains("Keine Leistungs- oder Verhaltenskontrolle");
        assertThat(tab.contains("id=\"start-round\"")).isFalse();
        assertThat(tab.contains("id=\"add-item\"")).isEqualTo(role == Role.KI_HUB);
        assertThat(tab.contains("Entscheidung speichern")).isEqualTo(PARTY_ROLES.contains(role));

        String inbox = mvc.perform(get("/inbox").with(as(role))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox.contains("id=\"nav-inbox\"")).isEqualTo(PARTY_ROLES.contains(role) || role == Role.KI_HUB);
        // The shared test database holds many rounds: the party's section, not this use case, is what is certain.
        assertThat(inbox.contains("id=\"inbox-" + role.name() + "\"")).isEqualTo(PARTY_ROLES.contains(role));
        assertThat(inbox.contains("id=\"inbox-questions\"")).isEqualTo(role == Role.KI_HUB);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleDownloadsTheProtocolOfARound(Role role) throws Exception {
        byte[] pdf = mvc.perform(get("/use-cases/{ref}/dialogue/rounds/1/protocol.pdf", reference).with(as(role)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "Protokoll-Spezifikationsdialog-" + reference + "-Runde-1.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf)).contains(reference).contains("Runde 1");
        mvc.perform(get("/use-cases/{ref}/dialogue/rounds/2/protocol.pdf", reference).with(as(role)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theInboxCanBeNarrowedToOneUseCase() throws Exception {
        String narrowed = mvc.perform(get("/inbox").param("useCase", reference).with(as(Role.IT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(narrowed).contains("Nur Prüfpunkte von " + reference).contains("IT: 4 offen");
        // Not a reference code: the whole inbox, no error.
        for (String odd : List.of("<script>", "KI-20", "' or 1=1 --")) {
            String whole = mvc.perform(get("/inbox").param("useCase", odd).with(as(Role.IT)))
                    .andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(whole).doesNotContain("Nur Prüfpunkte von").doesNotContain("<script>");
        }
    }

    @Test
    void theInboxShowsTwentyItemsAPageWithTheTotalAndKeepsThePageInRange() throws Exception {
        // Enough waiting items for several pages, whatever other tests left in the shared database.
        PortfolioGenerator.generateRegister(jdbc, "inbox" + UUID.randomUUID().toString().substring(0, 6), 60, 1, 4, 1);
        long total = jdbc.sql("""
                select count(*) from dialogue_item i join dialogue_round r on r.id = i.round_id
                where r.status <> 'REJECTED' and i.state = 'PENDING' and i.party = 'PERSONALRAT'
                """).query(Long.class).single();
        long pages = (total + Inbox.PAGE_SIZE - 1) / Inbox.PAGE_SIZE;
        assertThat(pages).isGreaterThan(1);

        String first = inboxPage("0");
        assertThat(first).contains("Personalrat: " + total + " offen").contains("Seite 1 von " + pages)
                .contains("href=\"/inbox?page=1\"");
        List<String> firstItems = itemIds(first);
        assertThat(firstItems).hasSize(Inbox.PAGE_SIZE);

        List<String> second = itemIds(inboxPage("1"));
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(firstItems);
        assertThat(inboxPage("999999")).contains("Seite " + pages + " von " + pages);
        assertThat(itemIds(inboxPage("zwei"))).isEqualTo(firstItems);
    }

    private String inboxPage(String page) throws Exception {
        return mvc.perform(get("/inbox").param("page", page).with(as(Role.PERSONALRAT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> itemIds(String html) {
        return Pattern.compile("<article class=\"app-item\" id=\"item-([0-9a-f-]{36})\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/use-cases/{ref}/dialogue/rounds/1/protocol.pdf", reference))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/inbox")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/use-cases/{ref}/dialogue", reference)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/use-cases/{ref}/dialogue/rounds", reference).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "KI_HUB", mode = EnumSource.Mode.EXCLUDE)
    void onlyKiHubStartsRoundsAndAddsItems(Role role) throws Exception {
        long before = items();
        mvc.perform(post("/use-cases/{ref}/dialogue/items", reference).with(as(role)).with(csrf())
                .param("party", "IT").param("title", "Fremder Prüfpunkt")).andExpect(status().isForbidden());
        mvc.perform(post("/use-cases/{ref}/dialogue/rounds", reference).with(as(role)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(items()).isEqualTo(before);
        assertThat(rounds()).isEqualTo(1);
    }

    @Test
    void kiHubAddsAnItemAndABadOneIsRefusedWithAMessage() throws Exception {
        long before = items();
        mvc.perform(post("/use-cases/{ref}/dialogue/items", reference).with(as(Role.KI_HUB)).with(csrf())
                        .param("party", "PERSONALRAT").param("title", "Dienstplanänderungen"))
                .andExpect(redirectedUrl("/use-cases/" + reference + "/dialogue"))
                .andExpect(flash().attribute("success", "dialogue.item.added"));
        assertThat(items()).isEqualTo(before + 1);

        mvc.perform(post("/use-cases/{ref}/dialogue/items", reference).with(as(Role.KI_HUB)).with(csrf())
                        .param("party", "NIEMAND").param("title", "Ohne Partei"))
                .andExpect(redirectedUrl("/use-cases/" + reference + "/dialogue#new-item"))
                .andExpect(flash().attribute("newItem", new NewItemInput("NIEMAND", "Ohne Partei", null,
                        new Problem("dialogue.item.party.required", List.of()))));
        mvc.perform(post("/use-cases/{ref}/dialogue/items", reference).with(as(Role.KI_HUB)).with(csrf())
                        .param("party", "IT").param("title", "  "))
                .andExpect(flash().attributeExists("newItem"));
        assertThat(items()).isEqualTo(before + 1);

        // A second round while this one runs: a message, no second round.
        mvc.perform(post("/use-cases/{ref}/dialogue/rounds", reference).with(as(Role.KI_HUB)).with(csrf()))
                .andExpect(flash().attribute("problem", new Problem("dialogue.round.stillActive",
                        List.of("1"))));
        assertThat(rounds()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aMemberDecidesOnlyItemsOfTheirOwnParty(Role role) throws Exception {
        DialogueItem item = item(Party.IT);
        var result = mvc.perform(decision(item, "APPROVE", "").with(as(role)).with(csrf()));
        if (role == Role.IT) {
            result.andExpect(redirectedUrl("/inbox#item-" + item.id()))
                    .andExpect(flash().attribute("success", "dialogue.decision.saved"));
            assertThat(rows("dialogue_decision")).isEqualTo(1);
        } else {
            result.andExpect(status().isForbidden());
            assertThat(rows("dialogue_decision")).isZero();
        }
    }

    @Test
    void aDecisionRefusedBecauseAnotherMemberDecidedFirstIsShownAtTheTopOfTheInbox() throws Exception {
        DialogueItem item = item(Party.IT);
        // Both members opened the inbox with the item at version 0; the first one decides.
        mvc.perform(decision(item, "APPROVE", "").with(as(Role.IT)).with(csrf()))
                .andExpect(flash().attribute("success", "dialogue.decision.saved"));

        var refused = mvc.perform(decision(item, "APPROVE", "")
                        .with(user("acc-dlg-it-second").roles(Role.IT.name())).with(csrf()))
                .andExpect(redirectedUrl("/inbox#item-" + item.id())).andReturn();
        assertThat(rows("dialogue_decision")).isEqualTo(1);
        assertThat(refused.getFlashMap().get("failure")).isNotNull();

        // The decided item is no longer in the inbox, so its form cannot carry the message.
        // The browser follows the redirect in the same session (Spring Session's cookie), which carries the flash.
        Cookie session = refused.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        String inbox = mvc.perform(get("/inbox").param("useCase", reference).cookie(session)
                        .with(user("acc-dlg-it-second").roles(Role.IT.name())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).doesNotContain("id=\"item-" + item.id() + "\"")
                .contains("id=\"inbox-failure\"").contains("Ihre Eingabe wurde nicht gespeichert");
        assertThat(inbox.substring(inbox.indexOf("id=\"inbox-failure\""))).containsAnyOf(
                "wartet nicht auf eine Entscheidung", "inzwischen von jemand anderem bearbeitet");

        // Without a refused action there is no such message.
        assertThat(mvc.perform(get("/inbox").with(as(Role.IT))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("inbox-failure");
    }

    @Test
    void theOwnerOfAUseCaseDoesNotDecideItEvenAsAPartyMember() throws Exception {
        DialogueItem item = item(Party.PERSONALRAT);
        mvc.perform(decision(item, "APPROVE", "").with(user(owner).roles("PROJECT_OWNER", "PERSONALRAT"))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(rows("dialogue_decision")).isZero();
    }

    @Test
    void everyWriteNeedsTheCsrfToken() throws Exception {
        DialogueItem item = item(Party.IT);
        mvc.perform(decision(item, "APPROVE", "").with(as(Role.IT))).andExpect(status().isForbidden());
        mvc.perform(post("/dialogue/items/{id}/comments", item.id()).with(as(Role.IT)).param("text", "Hallo"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dialogue/items/{id}/answer", item.id()).with(as(Role.KI_HUB)).param("text", "Antwort"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/use-cases/{ref}/dialogue/rounds", reference).with(as(Role.KI_HUB)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/use-cases/{ref}/dialogue/items", reference).with(as(Role.KI_HUB))
                .param("party", "IT").param("title", "Ohne Token")).andExpect(status().isForbidden());
        assertThat(rows("dialogue_decision")).isZero();
        assertThat(rows("dialogue_comment")).isZero();
    }

    @Test
    void badOrForgedDecisionsAreRefusedWithAMessageAndChangeNothing() throws Exception {
        DialogueItem item = item(Party.IT);
        mvc.perform(decision(item, "REJECT", " ").with(as(Role.IT)).with(csrf()))
                .andExpect(flash().attribute("failure", new ItemFailure(item.id(), "decision",
                        new Problem("dialogue.decision.textRequired.REJECT", List.of()), " ", "REJECT")));
        mvc.perform(decision(item, "DURCHWINKEN", "").with(as(Role.IT)).with(csrf()))
                .andExpect(flash().attributeExists("failure"));
        mvc.perform(post("/dialogue/items/{id}/decision", item.id()).param("version", "99").param("verdict", "APPROVE")
                .with(as(Role.IT)).with(csrf())).andExpect(flash().attribute("failure", new ItemFailure(item.id(),
                "decision", new Problem("dialogue.item.changedMeanwhile", List.of()), null, "APPROVE")));
        mvc.perform(post("/dialogue/items/{id}/decision", UUID.randomUUID()).param("version", "0")
                .param("verdict", "APPROVE").with(as(Role.IT)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/dialogue/items/{id}/decision", "kein-uuid").param("version", "0")
                .with(as(Role.IT)).with(csrf())).andExpect(status().is4xxClientError());
        // Where to go back to is a closed set: a foreign address falls back to the inbox.
        mvc.perform(decision(item, "APPROVE", "").param("returnTo", "https://example.com/").with(as(Role.IT))
                .with(csrf())).andExpect(redirectedUrl("/inbox#item-" + item.id()));
        assertThat(rows("dialogue_decision")).isEqualTo(1);
    }

    @Test
    void anActionInTheInboxComesBackToItsPageAndFilter() throws Exception {
        DialogueItem item = item(Party.IT);
        mvc.perform(post("/dialogue/items/{id}/comments", item.id()).param("text", "Seite drei, gefiltert")
                .param("page", "2").param("useCase", reference).with(as(Role.IT)).with(csrf()))
                .andExpect(redirectedUrl("/inbox?useCase=" + reference + "&page=2#item-" + item.id()));
        mvc.perform(post("/dialogue/items/{id}/comments", item.id()).param("text", "Seite zwei")
                .param("page", "1").with(as(Role.IT)).with(csrf()))
                .andExpect(redirectedUrl("/inbox?page=1#item-" + item.id()));
        // Values of another shape are dropped, not passed on into the address.
        mvc.perform(post("/dialogue/items/{id}/comments", item.id()).param("text", "Seltsame Werte")
                .param("page", "1&x=<script>").param("useCase", "https://example.com/").with(as(Role.IT))
                .with(csrf())).andExpect(redirectedUrl("/inbox#item-" + item.id()));
        // The inbox's forms carry its page and filter.
        mvc.perform(get("/inbox").param("page", "0").param("useCase", reference).with(as(Role.IT)))
                .andExpect(content().string(containsString("name=\"useCase\" value=\"" + reference + "\"")))
                .andExpect(content().string(not(containsString("name=\"page\""))));
        assertThat(rows("dialogue_comment")).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void kiHubAndTheItemsPartyDiscussInItsThread(Role role) throws Exception {
        DialogueItem item = item(Party.PERSONALRAT);
        var result = mvc.perform(post("/dialogue/items/{id}/comments", item.id()).with(as(role)).with(csrf())
                .param("text", "Bitte das Schulungskonzept anhängen.").param("returnTo", reference));
        if (role == Role.KI_HUB || role == Role.PERSONALRAT) {
            result.andExpect(redirectedUrl("/use-cases/" + reference + "/dialogue#item-" + item.id()));
            assertThat(rows("dialogue_comment")).isEqualTo(1);
        } else {
            result.andExpect(status().isForbidden());
            assertThat(rows("dialogue_comment")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyKiHubAnswersARueckfrage(Role role) throws Exception {
        DialogueItem item = item(Party.PERSONALRAT);
        CurrentUser.runAs("acc-dlg-member", Role.PERSONALRAT, () -> dialogues.decide(item.id(), item.version(),
                Verdict.QUESTION, "Wer wird geschult?"));
        var result = mvc.perform(post("/dialogue/items/{id}/answer", item.id()).with(as(role)).with(csrf())
                .param("text", "Alle Sachbearbeiterinnen und Sachbearbeiter."));
        if (role == Role.KI_HUB) {
            result.andExpect(flash().attribute("success", "dialogue.answer.saved"));
            assertThat(rows("dialogue_comment")).isEqualTo(1);
        } else {
            result.andExpect(status().isForbidden());
            assertThat(rows("dialogue_comment")).isZero();
        }
    }
}

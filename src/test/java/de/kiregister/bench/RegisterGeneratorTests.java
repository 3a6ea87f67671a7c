package de.kiregister.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.kiregister.audit.EntityHistory;
import de.kiregister.audit.FieldChange;
import de.kiregister.audit.RevisionChanges;
import de.kiregister.dialogue.ItemState;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.RoundStatus;
import de.kiregister.dialogue.Verdict;
import de.kiregister.dialogue.domain.DialogueRound;
import de.kiregister.dialogue.domain.DialogueService;
import de.kiregister.dialogue.domain.Inbox;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.publication.domain.PublicField;
import de.kiregister.publication.domain.PublicRegister;
import de.kiregister.publication.domain.PublicRow;
import de.kiregister.publication.domain.PublicSearch;
import de.kiregister.register.Phase;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseFacts;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.test.EventPublications;
import de.kiregister.test.PortfolioGenerator;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register variant of the shipped generator on a real PostgreSQL: the counts it promises, and that every kind
 * of row it writes is one the application loads and shows – the Personalrat decides generated items (service and
 * web form), the public register lists and renders generated publications, the history reads the generated
 * Envers revisions. One small register (30 use cases) for the whole class: the test database is shared.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterGeneratorTests {

    private static final int USE_CASES = 30;
    private static final Set<String> HISTORY_IGNORED = Set.of("version", "createdAt", "createdBy", "changedAt",
            "changedBy", "phaseBeforeDeferral");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DialogueService dialogues;

    @Autowired
    Inbox inbox;

    @Autowired
    PublicRegister publicRegister;

    @Autowired
    UseCaseDirectory directory;

    @Autowired
    UseCaseService useCases;

    @Autowired
    EntityHistory history;

    @Autowired
    MockMvc mvc;

    private final String run = "g" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private List<String> references;

    @BeforeAll
    void generate() {
        PortfolioGenerator.generateRegister(jdbc, run, USE_CASES, 6, 4, 12);
        EventPublications.awaitAllHandled(jdbc);
        references = jdbc.sql("select reference from use_case where title like :suffix order by reference")
                .param("suffix", "% (" + run + "-%)").query(String.class).list();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("references", references).query(Long.class).single();
    }

    @Test
    void writesTheRequestedCountsWithoutAGapInTheReports() {
        assertThat(references).hasSize(USE_CASES);
        assertThat(count("select count(*) from milestone where use_case_reference in (:references)"))
                .isEqualTo(USE_CASES * 6);
        assertThat(count("select count(*) from status_report where use_case_reference in (:references)"))
                .isEqualTo(USE_CASES * 12);
        assertThat(count("""
                select count(*) from dialogue_item i join dialogue_round r on r.id = i.round_id
                where r.use_case_reference in (:references)""")).isEqualTo(USE_CASES * 4);
        assertThat(count("""
                select count(*) from (select use_case_reference from status_report
                                      where use_case_reference in (:references)
                                      group by use_case_reference having count(*) <> 12) x""")).isZero();
    }

    @Test
    void fullTextSearchFindsSomeButNotAllGeneratedUseCases() {
        for (String word : List.of("Wohngeld", "Übersetzung", "Chatbot", "Baugenehmigung")) {
            long hits = jdbc.sql("""
                            select count(*) from use_case where reference in (:references)
                            and search_vector @@ websearch_to_tsquery('german', :word)""")
                    .param("references", references).param("word", word).query(Long.class).single();
            assertThat(hits).as(word).isBetween(1L, USE_CASES - 1L);
        }
        assertThat(count("select count(distinct summary) from use_case where reference in (:references)"))
                .as("varied texts").isGreaterThan(10);
    }

    @Test
    void openRoundsHoldPendingPersonalratItemsAndOnlyOneActiveRoundPerUseCase() {
        assertThat(count("""
                select count(*) from dialogue_item i join dialogue_round r on r.id = i.round_id
                where r.use_case_reference in (:references) and r.status = 'OPEN'
                  and i.party = 'PERSONALRAT' and i.state = 'PENDING'""")).isPositive();
        assertThat(count("""
                select count(*) from dialogue_round r join use_case u on u.reference = r.use_case_reference
                where r.use_case_reference in (:references)
                  and (r.status = 'OPEN') <> (u.phase = 'SPECIFICATION_DIALOGUE')""")).isZero();
        assertThat(count("""
                select count(*) from dialogue_item i join dialogue_round r on r.id = i.round_id
                where r.use_case_reference in (:references) and r.status = 'COMPLETE'
                  and i.state not in ('APPROVED', 'APPROVED_WITH_CONDITIONS')""")).isZero();
        assertThat(count("""
                select count(*) from dialogue_item i join dialogue_round r on r.id = i.round_id
                where r.use_case_reference in (:references) and i.state in ('APPROVED', 'APPROVED_WITH_CONDITIONS')
                  and not exists (select 1 from dialogue_decision d where d.item_id = i.id
                                  and d.kind in ('APPROVE', 'APPROVE_WITH_CONDITIONS'))""")).isZero();
    }

    @Test
    void thePersonalratSeesGeneratedItemsInTheInboxAndDecidesThem() throws Exception {
        List<Inbox.Entry> pending = inbox.pendingFor(List.of(Party.PERSONALRAT), references);
        assertThat(pending).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(e -> assertThat(e.useCase().title()).contains("(" + run + "-"))
                .extracting(Inbox.Entry::pendingSince).isSorted();
        Inbox.Entry first = pending.getFirst();
        Inbox.Entry second = pending.get(1);

        CurrentUser.runAs("personalrat", Role.PERSONALRAT,
                () -> dialogues.decide(first.itemId(), first.version(), Verdict.APPROVE, null));

        assertThat(itemState(first.itemId())).isEqualTo(ItemState.APPROVED);
        assertThat(inbox.pendingFor(List.of(Party.PERSONALRAT), references))
                .noneMatch(e -> e.itemId().equals(first.itemId()));

        // The load test's way: the inbox page, then the form post of one item, as the demo user.
        String reference = second.useCase().reference();
        mvc.perform(get("/inbox").param("useCase", reference).with(user("personalrat").roles("PERSONALRAT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(second.title())))
                .andExpect(content().string(containsString(second.useCase().title())));
        mvc.perform(post("/dialogue/items/{id}/decision", second.itemId())
                        .param("version", String.valueOf(second.version()))
                        .param("verdict", Verdict.APPROVE_WITH_CONDITIONS.name())
                        .param("text", "Nur mit Schulung vor dem Start.")
                        .param("returnTo", "/inbox")
                        .with(user("personalrat").roles("PERSONALRAT")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(itemState(second.itemId())).isEqualTo(ItemState.APPROVED_WITH_CONDITIONS);

        // The use case's dialogue tab loads the generated round with its decisions and threads.
        List<DialogueRound> rounds = dialogues.rounds(reference);
        assertThat(rounds).hasSize(1).first().satisfies(r -> assertThat(r.status()).isEqualTo(RoundStatus.OPEN));
        mvc.perform(get("/use-cases/{reference}/dialogue", reference).with(user("kihub").roles("KI_HUB")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nur mit Schulung vor dem Start.")));
    }

    @Test
    void completeRoundsLoadWithTheirDecisionsAndThreads() throws Exception {
        String reference = jdbc.sql("""
                        select r.use_case_reference from dialogue_round r
                        where r.use_case_reference in (:references) and r.status = 'COMPLETE'
                        order by r.use_case_reference limit 1""")
                .param("references", references).query(String.class).single();

        DialogueRound round = dialogues.rounds(reference).getFirst();

        assertThat(round.complete()).isTrue();
        assertThat(round.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.state().approved()).isTrue();
            assertThat(item.latestDecision()).hasValueSatisfying(d -> {
                assertThat(d.kind()).isIn(Verdict.APPROVE, Verdict.APPROVE_WITH_CONDITIONS);
                assertThat(d.contentVersion()).matches("[0-9a-f]{64}");
                assertThat(d.decidedAt()).isBefore(round.closedAt());
            });
        });
        mvc.perform(get("/use-cases/{reference}/dialogue", reference).with(user("kihub").roles("KI_HUB")))
                .andExpect(status().isOk());
    }

    @Test
    void thePublicRegisterListsAndShowsGeneratedEntries() throws Exception {
        List<String> published = jdbc.sql("""
                        select distinct use_case_reference from publication_snapshot
                        where use_case_reference in (:references) order by 1""")
                .param("references", references).query(String.class).list();
        assertThat(published).isNotEmpty();
        String withheldVendor = jdbc.sql("""
                        select use_case_reference from publication_snapshot
                        where use_case_reference in (:references) and withheld -> 'VENDOR' is not null
                        order by 1 limit 1""")
                .param("references", references).query(String.class).single();

        PublicRegister.Published entry = (PublicRegister.Published) publicRegister.lookup(withheldVendor)
                .orElseThrow();
        UseCaseFacts facts = directory.facts(withheldVendor).orElseThrow();
        assertThat(entry.entry().content().title()).isEqualTo(facts.title());
        assertThat(entry.entry().content().phase()).isEqualTo(facts.phase());
        assertThat(entry.entry().content().vendor()).isNull();
        assertThat(entry.entry().content().purpose()).isEqualTo(facts.purpose());
        assertThat(entry.entry().content().registeredOn()).isBefore(entry.entry().content().phaseSince());
        assertThat(entry.entry().isWithheld(PublicField.VENDOR)).isTrue();

        Page<PublicRow> department = publicRegister.search(new PublicSearch(null, facts.departmentCode(), null, null,
                null, 0, PublicSearch.MAX_PAGE_SIZE));
        assertThat(department.getContent()).extracting(PublicRow::reference).contains(withheldVendor);
        assertThat(publicRegister.search(new PublicSearch(null, null, null, null, null, 0, 20)).getTotalElements())
                .isGreaterThanOrEqualTo(published.size());

        mvc.perform(get("/register/{reference}", withheldVendor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(facts.title())))
                .andExpect(content().string(containsString("nicht veröffentlicht")))
                .andExpect(content().string(containsString("der Anbieter wird nach dem Zuschlag genannt")))
                .andExpect(content().string(not(containsString("bench-kihub"))));
        mvc.perform(get("/register").param("department", facts.departmentCode()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/register/" + withheldVendor + "\"")));
        for (String reference : published) {
            mvc.perform(get("/register/{reference}", reference)).andExpect(status().isOk());
        }
    }

    @Test
    void eachUseCaseHasTwoToFourHistoryEntriesEndingInItsCurrentState() throws Exception {
        for (String reference : references) {
            UseCase useCase = useCases.byReference(reference);
            String department = directory.facts(reference).orElseThrow().departmentName();
            List<RevisionChanges> entries = history.historyOf(UseCase.class, useCase.id(), HISTORY_IGNORED);

            assertThat(entries).as(reference).hasSizeBetween(2, 4);
            assertThat(entries).extracting(RevisionChanges::changedAt).as(reference)
                    .isSortedAccordingTo(Comparator.<Instant>reverseOrder());
            RevisionChanges created = entries.getLast();
            assertThat(created.kind()).isEqualTo(RevisionChanges.Kind.CREATED);
            assertThat(created.changes()).contains(new FieldChange("phase", null, Phase.IDEA),
                    new FieldChange("department", null, department));
            assertThat(entries.subList(0, entries.size() - 1)).allSatisfy(e -> {
                assertThat(e.kind()).isEqualTo(RevisionChanges.Kind.MODIFIED);
                assertThat(e.changes()).isNotEmpty();
            });
            // the newest revision is the row as it is now
            assertThat(entries.getFirst().changedAt()).isEqualTo(useCase.changedAt());
            assertThat(entries.stream().flatMap(e -> e.changes().stream())
                    .filter(c -> c.field().equals("phase")).map(FieldChange::after).findFirst())
                    .hasValue(useCase.phase());
        }

        String pilot = jdbc.sql("select reference from use_case where reference in (:references) and phase = 'PILOT'"
                        + " order by reference limit 1")
                .param("references", references).query(String.class).single();
        UseCaseFacts facts = directory.facts(pilot).orElseThrow();
        assertThat(facts.inUseSince()).isEqualTo(facts.phaseSince()).isEqualTo(facts.changedAt());
        assertThat(facts.registeredAt()).isBefore(facts.phaseSince());

        UseCase useCase = useCases.byReference(pilot);
        mvc.perform(get("/use-cases/{reference}/history", pilot).with(user("kihub").roles("KI_HUB")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("angelegt")))
                .andExpect(content().string(containsString("geändert")))
                .andExpect(content().string(containsString(useCase.title())))
                .andExpect(content().string(containsString("Prüfen, ob KI die Sachbearbeitung entlasten kann.")));
    }

    private ItemState itemState(UUID id) {
        return ItemState.valueOf(jdbc.sql("select state from dialogue_item where id = ?").param(id)
                .query(String.class).single());
    }
}

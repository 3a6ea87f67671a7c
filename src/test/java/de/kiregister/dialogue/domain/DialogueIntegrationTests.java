package de.kiregister.dialogue.domain;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static de.kiregister.classification.assessment.AssessmentFixtures.WOHNGELD;
import static de.kiregister.dialogue.domain.DialogueFixtures.completeRound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.kiregister.classification.Assessments;
import de.kiregister.dialogue.ItemSource;
import de.kiregister.dialogue.ItemState;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.RoundStatus;
import de.kiregister.dialogue.Verdict;
import de.kiregister.dialogue.WaitingItem;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.Phase;
import de.kiregister.register.domain.PhaseAction;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.test.IntegrationTest;
import de.kiregister.test.TestRegister;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The Spezifikationsdialog on a real PostgreSQL: rounds, inboxes, rule 3 and rule 6, races and content changes. */
@IntegrationTest
@Import(TestRegister.class)
class DialogueIntegrationTests {

    @Autowired
    DialogueService dialogues;

    @Autowired
    Inbox inbox;

    @Autowired
    UseCaseService useCases;

    @Autowired
    TestRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assessments assessments;

    private String owner;
    private String personalrat;
    private String secondPersonalrat;
    private String it;

    @BeforeEach
    void users() {
        owner = register.user("dlg-owner", Role.PROJECT_OWNER);
        personalrat = register.user("dlg-pr", Role.PERSONALRAT);
        secondPersonalrat = register.user("dlg-pr2", Role.PERSONALRAT);
        it = register.user("dlg-it", Role.IT);
    }

    private DialogueRound start(String reference) {
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> dialogues.startRound(reference));
        return dialogues.latestRound(reference).orElseThrow();
    }

    private DialogueItem item(String reference, String code) {
        return dialogues.latestRound(reference).orElseThrow().sortedItems().stream()
                .filter(i -> code.equals(i.code())).findFirst().orElseThrow();
    }

    private void decideAs(String user, Role role, String reference, String code, Verdict verdict, String text) {
        DialogueItem item = item(reference, code);
        CurrentUser.runAs(user, role, () -> dialogues.decide(item.id(), item.version(), verdict, text));
    }

    private long decisionsOn(DialogueItem item) {
        return jdbc.sql("select count(*) from dialogue_decision where item_id = ?").param(item.id())
                .query(Long.class).single();
    }

    private void move(String reference, PhaseAction action) {
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> useCases.changePhase(reference, action, ""));
    }

    private void assertMoveRefused(String reference, String messageKey) {
        assertThatThrownBy(() -> move(reference, PhaseAction.START_PILOT))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
        assertThat(useCases.byReference(reference).phase()).isEqualTo(Phase.SPECIFICATION_DIALOGUE);
    }

    @Test
    void aRoundGetsTheCatalogueItemsAndTheItemsItsAssessmentRequires() {
        String highRisk = register.inDialogue("Hochrisiko am Arbeitsplatz", owner, WOHNGELD);
        String minimal = register.inDialogue("Minimales Risiko", owner, MINIMAL);

        DialogueRound round = start(highRisk);

        assertThat(round.sortedItems()).extracting(DialogueItem::code).contains("PR-MONITORING", "PR-WORKLOAD",
                "PR-LITERACY", "PR-PARTICIPATION", "PR-INFORMATION", "IT-SECURITY", "IT-DPIA", "IT-HOSTING",
                "IT-LOGGING", "VW-PURPOSE", "VW-LEGAL", "VW-OVERSIGHT", "VW-CLASSIFICATION",
                // rule 5: high-risk at the workplace (Art. 26(7)); a public authority's FRIA (Art. 27)
                "PR-HIGH-RISK-26-7", "VW-FRIA-27");
        assertThat(round.sortedItems()).filteredOn(i -> i.source() == ItemSource.ASSESSMENT)
                .extracting(DialogueItem::party).containsExactlyInAnyOrder(Party.PERSONALRAT, Party.VERWALTUNG);
        assertThat(start(minimal).sortedItems()).extracting(DialogueItem::code)
                .doesNotContain("PR-HIGH-RISK-26-7", "VW-FRIA-27").contains("PR-MONITORING");
    }

    @Test
    void theInboxShowsAPartyItsPendingItemsOldestFirstWithTheUseCasesFacts() {
        String older = register.inDialogue("Ältere Runde", owner, MINIMAL);
        start(older);
        String newer = register.inDialogue("Neuere Runde", owner, WOHNGELD);
        start(newer);

        // Narrowed to the two use cases: the shared test database holds more pending items than one inbox shows.
        List<Inbox.Entry> entries = inbox.pendingFor(List.of(Party.PERSONALRAT), List.of(older, newer));

        assertThat(entries).allSatisfy(e -> {
            assertThat(e.party()).isEqualTo(Party.PERSONALRAT);
            assertThat(e.ageDays()).isZero();
            assertThat(e.assessment()).isNotNull();
            assertThat(e.useCase().departmentName()).startsWith("Testamt");
        });
        assertThat(entries).extracting(e -> e.useCase().reference()).startsWith(older).endsWith(newer);
        assertThat(entries).extracting(Inbox.Entry::pendingSince).isSorted();
        assertThat(entries).filteredOn(e -> e.useCase().reference().equals(newer))
                .extracting(Inbox.Entry::title).contains("Hochrisiko-KI am Arbeitsplatz: Unterrichtung nach "
                        + "Art. 26 Abs. 7 KI-VO");
        assertThat(inbox.pendingFor(List.of(Party.PERSONALRAT))).hasSizeLessThanOrEqualTo(Inbox.LIMIT)
                .extracting(Inbox.Entry::pendingSince).isSorted();
        assertThat(inbox.pendingFor(List.of(Party.IT), List.of(older, newer))).hasSize(8)
                .allMatch(e -> e.party() == Party.IT);
    }

    @Test
    void membersDecideOnlyTheirOwnPartysItemsAndNeverOnTheirOwnUseCase() {
        String ownerAndMember = register.user("dlg-owner-pr", Role.PROJECT_OWNER, Role.PERSONALRAT);
        String reference = register.inDialogue("Eigener Fall", ownerAndMember, MINIMAL);
        start(reference);
        DialogueItem itItem = item(reference, "IT-SECURITY");
        DialogueItem prItem = item(reference, "PR-MONITORING");

        assertThatThrownBy(() -> CurrentUser.runAs(personalrat, Role.PERSONALRAT,
                () -> dialogues.decide(itItem.id(), itItem.version(), Verdict.APPROVE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentUser.runAs(ownerAndMember, Role.PERSONALRAT,
                () -> dialogues.decide(prItem.id(), prItem.version(), Verdict.APPROVE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentUser.runAs(owner, Role.PROJECT_OWNER,
                () -> dialogues.decide(prItem.id(), prItem.version(), Verdict.APPROVE, null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(decisionsOn(itItem)).isZero();
        assertThat(decisionsOn(prItem)).isZero();
        assertThat(item(reference, "PR-MONITORING").state()).isEqualTo(ItemState.PENDING);
    }

    @Test
    void aRueckfrageGoesToKiHubAndComesBackToThePartyWithTheAnswer() {
        String reference = register.inDialogue("Rückfrage", owner, MINIMAL);
        start(reference);
        long questionsBefore = inbox.countQuestions();

        decideAs(personalrat, Role.PERSONALRAT, reference, "PR-WORKLOAD", Verdict.QUESTION,
                "Wie viele Stellen sind betroffen?");

        assertThat(inbox.countQuestions()).isEqualTo(questionsBefore + 1);
        Inbox.Entry question = inbox.questionsForKiHub(List.of(reference)).stream().findFirst().orElseThrow();
        assertThat(question.lastQuestion()).isEqualTo("Wie viele Stellen sind betroffen?");
        assertThat(inbox.pendingFor(List.of(Party.PERSONALRAT), List.of(reference)))
                .noneMatch(e -> e.itemId().equals(question.itemId()));

        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB,
                () -> dialogues.answer(question.itemId(), "Keine; die Zeit fließt in den Abbau der Rückstände.", null));

        assertThat(inbox.countQuestions()).isEqualTo(questionsBefore);
        Inbox.Entry back = inbox.pendingFor(List.of(Party.PERSONALRAT), List.of(reference)).stream()
                .filter(e -> e.itemId().equals(question.itemId())).findFirst().orElseThrow();
        assertThat(back.lastAnswer()).isEqualTo("Keine; die Zeit fließt in den Abbau der Rückstände.");
        assertThat(back.lastQuestion()).isEqualTo("Wie viele Stellen sind betroffen?");
    }

    @Test
    void ofTwoMembersDecidingTheSameItemAtTheSameMomentExactlyOneWins() throws Exception {
        String reference = register.inDialogue("Gleichzeitig", owner, MINIMAL);
        start(reference);
        DialogueItem item = item(reference, "PR-MONITORING");
        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (var decision : List.of(List.of(personalrat, Verdict.APPROVE.name()),
                    List.of(secondPersonalrat, Verdict.REJECT.name()))) {
                runs.add(pool.submit(() -> {
                    go.await();
                    try {
                        CurrentUser.runAs(decision.get(0), Role.PERSONALRAT, () -> dialogues.decide(item.id(),
                                item.version(), Verdict.valueOf(decision.get(1)), "Begründung"));
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(decisionsOn(item)).isEqualTo(1);
        assertThat(failures).singleElement().isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("dialogue.item.changedMeanwhile"));
        assertThat(item(reference, "PR-MONITORING").state()).isIn(ItemState.APPROVED, ItemState.REJECTED);
    }

    @Test
    void aDecisionOnAnAlreadyDecidedItemIsRefusedAndChangesNothing() {
        String reference = register.inDialogue("Schon entschieden", owner, MINIMAL);
        start(reference);
        DialogueItem seen = item(reference, "IT-SECURITY");
        CurrentUser.runAs(it, Role.IT, () -> dialogues.decide(seen.id(), seen.version(), Verdict.APPROVE, null));

        // The same form again (an old page): refused, the stored decision stays the only one.
        assertThatThrownBy(() -> CurrentUser.runAs(it, Role.IT,
                () -> dialogues.decide(seen.id(), seen.version(), Verdict.REJECT, "Doch nicht")))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.item.changedMeanwhile"));
        DialogueItem now = item(reference, "IT-SECURITY");
        assertThatThrownBy(() -> CurrentUser.runAs(it, Role.IT,
                () -> dialogues.decide(now.id(), now.version(), Verdict.REJECT, "Doch nicht")))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.item.notPending"));
        assertThat(decisionsOn(now)).isEqualTo(1);
        assertThat(now.state()).isEqualTo(ItemState.APPROVED);
    }

    @Test
    void rule3PilotOnlyAfterACompleteRoundOnTheCurrentContent() {
        String reference = register.inDialogue("Regel drei", owner, MINIMAL);
        assertMoveRefused(reference, "phase.blocked.dialogueMissing");

        start(reference);
        assertMoveRefused(reference, "phase.blocked.dialogueOpen");

        completeRound(dialogues, reference);
        assertThat(dialogues.latestRound(reference).orElseThrow().status()).isEqualTo(RoundStatus.COMPLETE);

        // A material change: rule 1 (stale assessment) and rule 3 both refuse; re-assessing is not enough, the
        // parties must confirm on the new content.
        register.changePurpose(reference, "Ein ganz anderer Zweck");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(dialogues.latestRound(reference).orElseThrow().items()).allMatch(DialogueItem::stale);
            assertThat(assessments.current(reference).orElseThrow().isStale()).isTrue();
        });
        assertThat(dialogues.latestRound(reference).orElseThrow().status()).isEqualTo(RoundStatus.OPEN);
        assertThat(inbox.pendingFor(List.of(Party.IT), List.of(reference))).isNotEmpty().allMatch(Inbox.Entry::stale);
        register.reassess(reference, MINIMAL);
        assertMoveRefused(reference, "phase.blocked.dialogueOpen");

        completeRound(dialogues, reference);
        move(reference, PhaseAction.START_PILOT);
        assertThat(useCases.byReference(reference).phase()).isEqualTo(Phase.PILOT);
        assertThat(dialogues.rounds(reference).getFirst().items())
                .allSatisfy(i -> assertThat(i.decisions()).hasSize(2));
    }

    /** Rule 24: no round for an idea or a feasibility study; nothing is stored for the refused start. */
    @Test
    void aRoundRunsOnlyInTheDialogueOrWhileTheSystemIsInUse() {
        String[] registered = new String[1];
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> registered[0] = useCases.register(
                TestRegister.details("Noch eine Idee " + UUID.randomUUID(), "Zweck"), register.department(), owner)
                .reference());
        String reference = registered[0];

        assertThatThrownBy(() -> start(reference)).isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("dialogue.round.wrongPhase"));
        move(reference, PhaseAction.START_FEASIBILITY);
        assertThatThrownBy(() -> start(reference)).isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("dialogue.round.wrongPhase"));
        assertThat(dialogues.rounds(reference)).isEmpty();
    }

    @Test
    void aRejectionEndsTheRoundAndANewRoundStartsFromItsItems() {
        String reference = register.inDialogue("Abgelehnt", owner, MINIMAL);
        start(reference);
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> dialogues.addItem(reference, Party.IT,
                "Schnittstelle zum Fachverfahren", "Wie werden Daten übergeben?"));
        decideAs(it, Role.IT, reference, "IT-HOSTING", Verdict.REJECT, "Nicht-EU-Cloud ist nicht zulässig");

        assertThat(dialogues.latestRound(reference).orElseThrow().status()).isEqualTo(RoundStatus.REJECTED);
        assertMoveRefused(reference, "phase.blocked.dialogueRejected");
        assertThat(inbox.pendingFor(List.of(Party.IT), List.of(reference))).isEmpty();

        DialogueRound second = start(reference);

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.itemsOf(Party.IT)).extracting(DialogueItem::title).contains("Schnittstelle zum Fachverfahren");
        assertThat(second.items()).allMatch(i -> i.state() == ItemState.PENDING);
        assertThat(dialogues.rounds(reference)).extracting(DialogueRound::status)
                .containsExactly(RoundStatus.OPEN, RoundStatus.REJECTED);
    }

    @Test
    void theReminderSeesOnlyItemsWaitingSinceBeforeTheCutoff() {
        String reference = register.inDialogue("Erinnerung", owner, MINIMAL);
        start(reference);

        assertThat(dialogues.waitingSince(Instant.now().minus(Duration.ofDays(1))))
                .noneMatch(w -> w.reference().equals(reference));
        List<WaitingItem> waiting = dialogues.waitingSince(Instant.now().plusSeconds(1)).stream()
                .filter(w -> w.reference().equals(reference)).toList();
        assertThat(waiting).hasSize(dialogues.latestRound(reference).orElseThrow().items().size())
                .allSatisfy(w -> assertThat(w.useCaseTitle()).startsWith("Erinnerung"));
    }
}

package de.kiregister.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import de.kiregister.dialogue.ItemSource;
import de.kiregister.dialogue.ItemState;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.RoundStatus;
import de.kiregister.dialogue.Verdict;
import de.kiregister.dialogue.domain.DialogueRound.ItemTemplate;
import de.kiregister.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/** Item states and round completion, without Spring or a database. */
class DialogueRoundTests {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final String V1 = "content-1";
    private static final String V2 = "content-2";

    private static final List<ItemTemplate> CATALOGUE = List.of(
            new ItemTemplate(Party.PERSONALRAT, "PR-MONITORING", "Keine Verhaltenskontrolle", "…", ItemSource.CATALOGUE),
            new ItemTemplate(Party.IT, "IT-SECURITY", "Sicherheitskonzept", "…", ItemSource.CATALOGUE),
            new ItemTemplate(Party.VERWALTUNG, "VW-PURPOSE", "Zweck und Nutzen", "…", ItemSource.CATALOGUE));

    private static DialogueRound round() {
        return DialogueRound.start("KI-2026-001", null, CATALOGUE, "kihub", T0);
    }

    private static DialogueItem item(DialogueRound round, String code) {
        return round.sortedItems().stream().filter(i -> code.equals(i.code())).findFirst().orElseThrow();
    }

    private static void decide(DialogueRound round, String code, Verdict verdict, String text, String version) {
        DialogueItem item = item(round, code);
        round.decide(item.id(), item.version(), verdict, text, "member", T1, version);
    }

    private static void approveAll(DialogueRound round, String version) {
        round.sortedItems().forEach(i -> round.decide(i.id(), i.version(), Verdict.APPROVE, null, "member", T1,
                version));
    }

    @Test
    void aNewRoundHasOnePendingItemPerTemplateOrderedByParty() {
        DialogueRound round = round();

        assertThat(round.number()).isEqualTo(1);
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.sortedItems()).extracting(DialogueItem::party)
                .containsExactly(Party.VERWALTUNG, Party.PERSONALRAT, Party.IT);
        assertThat(round.items()).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(ItemState.PENDING);
            assertThat(i.pendingSince()).isEqualTo(T0);
            assertThat(i.stale()).isFalse();
        });
    }

    @Test
    void theRoundIsCompleteWhenEveryItemIsApprovedWithOrWithoutConditions() {
        DialogueRound round = round();
        decide(round, "PR-MONITORING", Verdict.APPROVE_WITH_CONDITIONS, "Schulung vor dem Start", V1);
        decide(round, "IT-SECURITY", Verdict.APPROVE, null, V1);
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.closedAt()).isNull();

        decide(round, "VW-PURPOSE", Verdict.APPROVE, null, V1);

        assertThat(round.status()).isEqualTo(RoundStatus.COMPLETE);
        assertThat(round.closedAt()).isEqualTo(T1);
        assertThat(round.decidedOn(V1)).isTrue();
        assertThat(round.decidedOn(V2)).isFalse();
        assertThat(round.itemsWithConditions()).extracting(DialogueItem::code).containsExactly("PR-MONITORING");
        assertThat(item(round, "PR-MONITORING").latestDecision().orElseThrow().text())
                .isEqualTo("Schulung vor dem Start");
    }

    @Test
    void aRejectionEndsTheRoundAndNothingMoreCanBeDecided() {
        DialogueRound round = round();
        decide(round, "IT-SECURITY", Verdict.REJECT, "Kein Sicherheitskonzept", V1);

        assertThat(round.status()).isEqualTo(RoundStatus.REJECTED);
        assertThat(round.rejected()).isTrue();
        assertThatThrownBy(() -> decide(round, "VW-PURPOSE", Verdict.APPROVE, null, V1))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.round.rejected"));
        assertThat(item(round, "VW-PURPOSE").state()).isEqualTo(ItemState.PENDING);
    }

    @Test
    void aNewRoundAfterARejectionStartsFromThePreviousItemsUndecided() {
        DialogueRound first = round();
        first.addItem(new ItemTemplate(Party.IT, null, "Schnittstelle zum Fachverfahren", null, ItemSource.KI_HUB),
                T0);
        decide(first, "IT-SECURITY", Verdict.REJECT, "Kein Sicherheitskonzept", V1);

        DialogueRound second = DialogueRound.start("KI-2026-001", first, CATALOGUE, "kihub", T1);

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.items()).hasSize(4).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(ItemState.PENDING);
            assertThat(i.decisions()).isEmpty();
        });
        assertThat(second.items()).extracting(DialogueItem::title).contains("Schnittstelle zum Fachverfahren");
    }

    @Test
    void noSecondRoundWhileOneIsOpenOrComplete() {
        DialogueRound open = round();
        assertThatThrownBy(() -> DialogueRound.start("KI-2026-001", open, CATALOGUE, "kihub", T1))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.round.stillActive"));
        approveAll(open, V1);
        assertThatThrownBy(() -> DialogueRound.start("KI-2026-001", open, CATALOGUE, "kihub", T1))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void conditionsQuestionsAndRejectionsNeedAText() {
        DialogueRound round = round();
        for (Verdict verdict : List.of(Verdict.APPROVE_WITH_CONDITIONS, Verdict.QUESTION, Verdict.REJECT)) {
            assertThatThrownBy(() -> decide(round, "IT-SECURITY", verdict, "   ", V1))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.messageKey())
                            .isEqualTo("dialogue.decision.textRequired." + verdict.name()));
        }
        assertThat(item(round, "IT-SECURITY").state()).isEqualTo(ItemState.PENDING);
        assertThat(item(round, "IT-SECURITY").decisions()).isEmpty();
    }

    @Test
    void aQuestionGoesToKiHubAndTheAnswerBringsTheItemBackToItsParty() {
        DialogueRound round = round();
        decide(round, "PR-MONITORING", Verdict.QUESTION, "Werden Protokolle ausgewertet?", V1);
        DialogueItem item = item(round, "PR-MONITORING");
        assertThat(item.state()).isEqualTo(ItemState.QUESTION);
        assertThatThrownBy(() -> decide(round, "PR-MONITORING", Verdict.APPROVE, null, V1))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.item.notPending"));

        Instant answered = T1.plusSeconds(60);
        round.answer(item.id(), "Nein, nur anlassbezogen durch die Revision.", "https://intranet.example/konzept",
                "kihub", answered);

        assertThat(item.state()).isEqualTo(ItemState.PENDING);
        assertThat(item.pendingSince()).isEqualTo(answered);
        assertThat(item.comments()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ItemComment.Kind.ANSWER);
            assertThat(c.link()).isEqualTo("https://intranet.example/konzept");
        });
        assertThatThrownBy(() -> round.answer(item.id(), "Noch einmal", null, "kihub", answered))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.item.noQuestion"));
    }

    @Test
    void aDecisionOnAStateTheMemberDidNotSeeIsRefused() {
        DialogueRound round = round();
        DialogueItem item = item(round, "IT-SECURITY");
        long seen = item.version() + 1;

        assertThatThrownBy(() -> round.decide(item.id(), seen, Verdict.APPROVE, null, "member", T1, V1))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.item.changedMeanwhile"));
        assertThat(item.decisions()).isEmpty();
    }

    @Test
    void approvalsOnOlderContentGoBackToTheirPartiesAsStaleAndTheHistoryKeepsThem() {
        DialogueRound round = round();
        approveAll(round, V1);
        assertThat(round.complete()).isTrue();

        List<DialogueItem> back = round.refreshAgainst(V2, T1.plusSeconds(600));

        assertThat(back).hasSize(3);
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.items()).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(ItemState.PENDING);
            assertThat(i.stale()).isTrue();
            assertThat(i.decisions()).singleElement().extracting(Decision::contentVersion).isEqualTo(V1);
        });

        // Confirming on the new content clears the mark and completes the round again.
        approveAll(round, V2);
        assertThat(round.complete()).isTrue();
        assertThat(round.items()).allSatisfy(i -> {
            assertThat(i.stale()).isFalse();
            assertThat(i.decisions()).extracting(Decision::contentVersion).containsExactly(V1, V2);
        });
        assertThat(round.refreshAgainst(V2, T1)).isEmpty();
    }

    @Test
    void anItemAddedToACompleteRoundOpensItAgain() {
        DialogueRound round = round();
        approveAll(round, V1);

        round.addItem(new ItemTemplate(Party.PERSONALRAT, null, "Dienstplanänderungen", null, ItemSource.KI_HUB), T1);

        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.closedAt()).isNull();
        assertThat(round.itemsOf(Party.PERSONALRAT)).extracting(DialogueItem::position).containsExactly(1, 2);
    }

    @Test
    void itemsTheAssessmentRequiresAreAddedOnceByCode() {
        DialogueRound round = round();
        ItemTemplate art267 = new ItemTemplate(Party.PERSONALRAT, "PR-HIGH-RISK-26-7", "Art. 26 Abs. 7", "…",
                ItemSource.ASSESSMENT);

        assertThat(round.addMissing(List.of(art267), T1)).hasSize(1);
        assertThat(round.addMissing(List.of(art267), T1)).isEmpty();
        assertThat(round.itemsOf(Party.PERSONALRAT)).extracting(DialogueItem::source)
                .containsExactly(ItemSource.CATALOGUE, ItemSource.ASSESSMENT);
    }

    @Test
    void onlyWebLinksAndTextsOfBoundedLengthGoIntoTheThread() {
        DialogueRound round = round();
        DialogueItem item = item(round, "IT-SECURITY");

        assertThatThrownBy(() -> round.comment(item.id(), "Siehe Konzept", "javascript:alert(1)", "kihub", T1))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.link.invalid"));
        assertThatThrownBy(() -> round.comment(item.id(), "x".repeat(DialogueItem.MAX_TEXT + 1), null, "kihub", T1))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.text.tooLong"));
        assertThatThrownBy(() -> round.comment(item.id(), " ", null, "kihub", T1))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dialogue.comment.required"));
        assertThat(item.comments()).isEmpty();

        round.comment(item.id(), "Siehe Konzept", "https://intranet.example/sik", "kihub", T1);
        assertThat(item.comments()).hasSize(1);
    }
}

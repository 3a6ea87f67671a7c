package de.kiregister.notification.domain;

import static de.kiregister.notification.domain.OutboxTestData.disabledMember;
import static de.kiregister.notification.domain.OutboxTestData.marker;
import static de.kiregister.notification.domain.OutboxTestData.member;
import static de.kiregister.notification.domain.OutboxTestData.rowsFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.kiregister.classification.assessment.AssessmentFixtures;
import de.kiregister.dialogue.domain.DialogueService;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.notification.domain.OutboxTestData.Row;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.PhaseAction;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.shared.web.DateFormatting;
import de.kiregister.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily reminder on real rounds of the Spezifikationsdialog. The cutoff is set between two rounds started
 * moments apart: the first round's items count as overdue, the second's do not, as if the job ran days later.
 */
@IntegrationTest
class DialogueReminderIntegrationTests {

    private static final String KI_HUB = "reminder-kihub";
    private static final String OWNER = "reminder-owner";

    @Autowired
    DialogueReminder reminder;

    @Autowired
    DialogueService dialogues;

    @Autowired
    UseCaseService useCases;

    @Autowired
    DepartmentService departments;

    @Autowired
    UserAccountService users;

    @Autowired
    JdbcClient jdbc;

    private final String marker = marker();

    @BeforeEach
    void kiHubAndOwner() {
        users.createIfMissing(KI_HUB, "KI-Hub Erinnerung", "reminder-kihub@example.org", "geheim-geheim",
                Set.of(Role.KI_HUB));
        users.createIfMissing(OWNER, "Owner Erinnerung", "reminder-owner@example.org", "geheim-geheim",
                Set.of(Role.PROJECT_OWNER));
        // The lock outlives a run by lockAtLeastFor; a lock left by an earlier test must not skip this one.
        releaseLock();
    }

    @AfterEach
    void releaseLock() {
        jdbc.sql("delete from shedlock where name = ?").param(DialogueReminder.LOCK).update();
    }

    @Test
    void eachMemberGetsOneDigestOfTheirPartysItemsOlderThanTheCutoff() {
        String pr = member(users, "rem-pr-" + marker, "Paul Rat " + marker, Role.PERSONALRAT);
        String it = member(users, "rem-it-" + marker, "Iris Technik " + marker, Role.IT);
        String both = member(users, "rem-both-" + marker, "Berta Beides " + marker, Role.PERSONALRAT, Role.IT);
        String locked = disabledMember(users, jdbc, "rem-off-" + marker, Role.PERSONALRAT);
        String kiHubOnly = member(users, "rem-hub-" + marker, "Hanna Hub " + marker, Role.KI_HUB);
        String old = inDialogue("Alte Runde");
        Instant cutoff = justAfterItemsOf(old);
        String recent = inDialogue("Neue Runde");

        DialogueReminder.Run run = reminder.remind(cutoff);

        assertThat(run.overdueItems()).as("at least the old round's 13 catalogue items").isGreaterThanOrEqualTo(13);
        Row prDigest = onlyReminder(pr);
        assertThat(prDigest.party()).isEqualTo("PERSONALRAT");
        assertThat(prDigest.subject()).matches("KI-Register: Erinnerung – \\d+ Prüfpunkte für den Personalrat");
        assertThat(prDigest.status()).isEqualTo(DeliveryStatus.NOT_SENT_NO_SMTP);
        String today = LocalDate.now(DateFormatting.ZONE).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        List<String> prTitles = itemTitles(old, "PERSONALRAT");
        List<String> itTitles = itemTitles(old, "IT");
        assertThat(prTitles).isNotEmpty();
        assertThat(itTitles).isNotEmpty();
        assertThat(prDigest.body())
                .contains("schon länger auf eine Entscheidung durch den Personalrat")
                .contains(prTitles.stream()
                        .map(t -> "- " + old + " Alte Runde " + marker + ": " + t + " (wartet seit " + today + ")")
                        .toList())
                .contains("http://localhost:8080/inbox")
                .doesNotContain(recent)
                .as("only the party's own items").doesNotContain(itTitles);

        Row itDigest = onlyReminder(it);
        assertThat(itDigest.party()).isEqualTo("IT");
        assertThat(itDigest.body())
                .contains(itTitles.stream().map(t -> old + " Alte Runde " + marker + ": " + t).toList())
                .doesNotContain(recent).doesNotContain(prTitles);

        assertThat(rowsFor(jdbc, both, MessageKind.REMINDER)).as("one digest per party of a member")
                .extracting(Row::party).containsExactlyInAnyOrder("PERSONALRAT", "IT");
        assertThat(rowsFor(jdbc, locked)).as("disabled users get nothing").isEmpty();
        assertThat(rowsFor(jdbc, kiHubOnly)).as("KI-Hub is no party").isEmpty();
    }

    @Test
    void aSecondRunOnTheSameDaySendsNothingTwice() {
        String vera = member(users, "rem-twice-" + marker, "Vera Zweimal " + marker, Role.VERWALTUNG);
        Instant cutoff = justAfterItemsOf(inDialogue("Zweimal"));

        DialogueReminder.Run first = reminder.remind(cutoff);
        DialogueReminder.Run second = reminder.remind(cutoff);

        assertThat(rowsFor(jdbc, vera, MessageKind.REMINDER)).hasSize(1);
        assertThat(first.digests()).isPositive();
        assertThat(second.alreadyReminded()).isGreaterThanOrEqualTo(1);
        assertThat(second.digests()).as("everyone was reminded by the first run").isZero();
    }

    @Test
    void twoSimultaneousRunsSendTheDigestsOnce() throws Exception {
        String ida = member(users, "rem-lock-" + marker, "Ida Gleichzeitig " + marker, Role.IT);
        Instant cutoff = justAfterItemsOf(inDialogue("Gleichzeitig"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<DialogueReminder.Run>>> runs = List.of(
                    threads.submit(() -> {
                        start.await();
                        return reminder.remindOnce(cutoff);
                    }),
                    threads.submit(() -> {
                        start.await();
                        return reminder.remindOnce(cutoff);
                    }));
            start.countDown();

            List<Optional<DialogueReminder.Run>> results = List.of(runs.get(0).get(2, TimeUnit.MINUTES),
                    runs.get(1).get(2, TimeUnit.MINUTES));

            assertThat(results).as("one run took the lock, the other was skipped")
                    .filteredOn(Optional::isPresent).hasSize(1);
            assertThat(rowsFor(jdbc, ida, MessageKind.REMINDER)).hasSize(1);
            // The lock stays taken for lockAtLeastFor (five minutes), so a third call right after is skipped too.
            assertThat(reminder.remindOnce(cutoff)).isEmpty();
            assertThat(jdbc.sql("select lock_until > timezone('utc', current_timestamp) + interval '4 minutes' "
                    + "from shedlock where name = ?").param(DialogueReminder.LOCK).query(Boolean.class).single())
                    .isTrue();
        } finally {
            threads.shutdownNow();
        }
    }

    /** A use case of this test in the Spezifikationsdialog with a started round (13 catalogue items). */
    private String inDialogue(String title) {
        String[] reference = new String[1];
        CurrentUser.runAs(KI_HUB, Role.KI_HUB, () -> {
            var department = departments.createIfMissing("REM-" + marker, "Erinnerungsamt " + marker);
            String ref = useCases.register(AssessmentFixtures.details(title + " " + marker, "Zweck"), department.id(),
                    OWNER).reference();
            useCases.changePhase(ref, PhaseAction.START_FEASIBILITY, "");
            useCases.changePhase(ref, PhaseAction.START_DIALOGUE, "");
            dialogues.startRound(ref);
            reference[0] = ref;
        });
        return reference[0];
    }

    /** A microsecond after the newest item of the use case started waiting: its items are older, later ones not. */
    private Instant justAfterItemsOf(String reference) {
        Instant newest = jdbc.sql("""
                        select max(i.pending_since) from dialogue_item i join dialogue_round r on r.id = i.round_id
                        where r.use_case_reference = ?""")
                .param(reference).query(java.sql.Timestamp.class).single().toInstant();
        return newest.plus(1, ChronoUnit.MICROS);
    }

    private Row onlyReminder(String username) {
        List<Row> rows = rowsFor(jdbc, username, MessageKind.REMINDER);
        assertThat(rows).as("one digest for %s", username).hasSize(1);
        return rows.getFirst();
    }

    private List<String> itemTitles(String reference, String party) {
        return jdbc.sql("""
                        select i.title from dialogue_item i join dialogue_round r on r.id = i.round_id
                        where r.use_case_reference = ? and i.party = ? order by i.position""")
                .param(reference).param(party).query(String.class).list();
    }
}

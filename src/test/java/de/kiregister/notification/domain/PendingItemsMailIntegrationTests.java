package de.kiregister.notification.domain;

import static de.kiregister.notification.domain.OutboxTestData.disabledMember;
import static de.kiregister.notification.domain.OutboxTestData.marker;
import static de.kiregister.notification.domain.OutboxTestData.member;
import static de.kiregister.notification.domain.OutboxTestData.rowsFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import de.kiregister.dialogue.DialogueItemsPending;
import de.kiregister.dialogue.Party;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.notification.domain.OutboxTestData.Row;
import de.kiregister.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail to a party when items start waiting for it, without an SMTP server: one outbox row per enabled member,
 * marked as not sent, and a log line without personal data. The event is published the way the dialogue does it,
 * inside a transaction, because the listener only hears of it once that transaction committed.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PendingItemsMailIntegrationTests {

    private static final Duration ASYNC = Duration.ofSeconds(60);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserAccountService users;

    @Autowired
    JdbcClient jdbc;

    private final String marker = marker();

    @Test
    void everyEnabledMemberOfThePartyGetsOneMessage(CapturedOutput output) {
        String paula = member(users, "pending-pr1-" + marker, "Paula Rätin " + marker, Role.PERSONALRAT);
        String peer = member(users, "pending-pr2-" + marker, "Peer Rat " + marker, Role.PERSONALRAT, Role.CAIO);
        String locked = disabledMember(users, jdbc, "pending-off-" + marker, Role.PERSONALRAT);
        String ines = member(users, "pending-it-" + marker, "Ines IT " + marker, Role.IT);
        String reference = "KI-2026-" + marker;
        String title = "Wohngeld-Assistent für Bürgeranfragen " + marker;

        publishCommitted(new DialogueItemsPending(reference, title, Party.PERSONALRAT, 3));

        await().atMost(ASYNC).until(() -> !rowsFor(jdbc, paula).isEmpty() && !rowsFor(jdbc, peer).isEmpty());
        for (String member : List.of(paula, peer)) {
            List<Row> rows = rowsFor(jdbc, member);
            assertThat(rows).as("one message for %s", member).hasSize(1);
            Row row = rows.getFirst();
            assertThat(row.recipientEmail()).isEqualTo(member + "@example.org");
            assertThat(row.kind()).isEqualTo(MessageKind.PENDING_ITEMS);
            assertThat(row.party()).isEqualTo("PERSONALRAT");
            assertThat(row.status()).isEqualTo(DeliveryStatus.NOT_SENT_NO_SMTP);
            assertThat(row.sentAt()).isNull();
            assertThat(row.error()).isNull();
            assertThat(row.subject())
                    .isEqualTo("KI-Register: 3 Prüfpunkte für den Personalrat – " + reference + " " + title);
            assertThat(row.body())
                    .contains("im Spezifikationsdialog warten 3 Prüfpunkte auf eine Entscheidung durch den "
                            + "Personalrat")
                    .contains(reference + " " + title)
                    .contains("http://localhost:8080/inbox")
                    .doesNotContain("Paula", "Peer", "@");
        }
        assertThat(rowsFor(jdbc, locked)).as("disabled users get nothing").isEmpty();
        assertThat(rowsFor(jdbc, ines)).as("other parties get nothing").isEmpty();

        // The log says what happened with counts and the reference, never who got it.
        await().atMost(ASYNC).until(() -> output.getAll().contains("Pending-items mail for " + reference));
        String logLine = output.getAll().lines().filter(line -> line.contains(reference)).findFirst().orElseThrow();
        assertThat(logLine).contains("PERSONALRAT", "not sent (no SMTP server)")
                .doesNotContain(paula, peer, "@example.org", "Paula", "Rätin", title);
    }

    @Test
    void oneItemIsSingular() {
        String ines = member(users, "pending-one-" + marker, "Ines Eins " + marker, Role.IT);
        String reference = "KI-2026-" + marker;

        publishCommitted(new DialogueItemsPending(reference, "Übersetzungsdienst", Party.IT, 1));

        await().atMost(ASYNC).until(() -> !rowsFor(jdbc, ines).isEmpty());
        Row row = rowsFor(jdbc, ines).getFirst();
        assertThat(row.subject())
                .isEqualTo("KI-Register: 1 Prüfpunkt für die IT – " + reference + " Übersetzungsdienst");
        assertThat(row.body())
                .contains("im Spezifikationsdialog wartet 1 Prüfpunkt auf eine Entscheidung durch die IT")
                .contains("Sie finden ihn in Ihrem Eingang");
    }

    @Test
    void nothingIsWrittenForAChangeThatWasRolledBack() {
        String vera = member(users, "pending-rb-" + marker, "Vera Zurück " + marker, Role.VERWALTUNG);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new DialogueItemsPending("KI-RB-" + marker, "Zurückgerollt", Party.VERWALTUNG, 2));
            status.setRollbackOnly();
        });
        // A committed event afterwards: once its message is there, the rolled-back one would have been too.
        publishCommitted(new DialogueItemsPending("KI-OK-" + marker, "Bestätigt", Party.VERWALTUNG, 2));

        await().atMost(ASYNC).until(() -> !rowsFor(jdbc, vera).isEmpty());
        assertThat(rowsFor(jdbc, vera)).extracting(Row::subject).singleElement().asString().contains("KI-OK-" + marker);
    }

    private void publishCommitted(DialogueItemsPending event) {
        OutboxTestData.publishCommitted(transactions, events, event);
    }
}

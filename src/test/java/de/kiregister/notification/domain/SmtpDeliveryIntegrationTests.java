package de.kiregister.notification.domain;

import static de.kiregister.notification.domain.OutboxTestData.marker;
import static de.kiregister.notification.domain.OutboxTestData.member;
import static de.kiregister.notification.domain.OutboxTestData.rowsFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.kiregister.dialogue.DialogueItemsPending;
import de.kiregister.dialogue.Party;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.notification.domain.OutboxTestData.Row;
import de.kiregister.test.IntegrationTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * With an SMTP server configured the mails really leave: GreenMail runs a real SMTP server inside the test JVM on
 * a free port of the loopback interface, and {@code spring.mail.host/port} point at it, as they would at the city's
 * mail relay.
 */
@IntegrationTest
class SmtpDeliveryIntegrationTests {

    private static final Duration ASYNC = Duration.ofSeconds(60);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("kiregister.mail.base-url", () -> "https://ki-register.stuttgart.example/");
        registry.add("kiregister.mail.from", () -> "ki-register@stuttgart.example");
    }

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
    void theMailIsDeliveredWithItsUmlautsAndMarkedSent() throws Exception {
        String jurgen = member(users, "smtp-pr-" + marker, "Jürgen Größe " + marker, Role.PERSONALRAT);
        String reference = "KI-2026-" + marker;
        String title = "Prüfassistent für Bürgeranträge " + marker;

        publishCommitted(new DialogueItemsPending(reference, title, Party.PERSONALRAT, 3));

        MimeMessage mail = await().atMost(ASYNC).until(() -> receivedBy(jurgen + "@example.org"),
                received -> received.size() == 1).getFirst();
        assertThat(mail.getSubject())
                .isEqualTo("KI-Register: 3 Prüfpunkte für den Personalrat – " + reference + " " + title);
        assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("ki-register@stuttgart.example");
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        // SMTP carries lines ending in CRLF.
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .contains("im Spezifikationsdialog warten 3 Prüfpunkte auf eine Entscheidung durch den Personalrat")
                .contains(reference + " " + title)
                .contains("Sie finden sie in Ihrem Eingang im KI-Register:\n"
                        + "https://ki-register.stuttgart.example/inbox");

        // The row commits with the outcome of sending, so once it is visible its status is final.
        await().atMost(ASYNC).until(() -> !rowsFor(jdbc, jurgen).isEmpty());
        Row row = rowsFor(jdbc, jurgen).getFirst();
        assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(row.sentAt()).isNotNull();
        assertThat(row.error()).isNull();
        assertThat(row.subject()).isEqualTo(mail.getSubject());
    }

    @Test
    void anAddressTheServerCannotTakeFailsAloneAndSaysWhyInShort() {
        String good = member(users, "smtp-it-" + marker, "Ina Gut " + marker, Role.IT);
        String bad = "smtp-bad-" + marker;
        users.createIfMissing(bad, "Bernd Falsch " + marker, "kein postfach", "geheim-geheim", Set.of(Role.IT));

        publishCommitted(new DialogueItemsPending("KI-2026-" + marker, "Übersetzungsdienst", Party.IT, 2));

        await().atMost(ASYNC).until(() -> !rowsFor(jdbc, bad).isEmpty() && !rowsFor(jdbc, good).isEmpty());
        Row failed = rowsFor(jdbc, bad).getFirst();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.sentAt()).isNull();
        assertThat(failed.error()).as("a short class name, no server reply, no address")
                .matches("[A-Z][A-Za-z]{2,80}").doesNotContain("postfach");
        assertThat(rowsFor(jdbc, good)).extracting(Row::status).containsExactly(DeliveryStatus.SENT);
        await().atMost(ASYNC).until(() -> receivedBy(good + "@example.org").size() == 1);
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void publishCommitted(DialogueItemsPending event) {
        OutboxTestData.publishCommitted(transactions, events, event);
    }
}

package de.kiregister.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import de.kiregister.dialogue.Party;
import de.kiregister.identity.UserSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every e-mail goes through here: it is written to the outbox and, when an SMTP server is configured
 * ({@code spring.mail.host}, which makes Spring Boot offer a {@link JavaMailSender}), sent. ADMIN reads the outbox.
 */
@Service
@Transactional(readOnly = true)
public class Outbox {

    public static final int PAGE_SIZE = 50;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final OutboxMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;

    Outbox(OutboxMessageRepository messages, ObjectProvider<JavaMailSender> mailSender, Clock clock,
            @Value("${kiregister.mail.from:ki-register@localhost}") String from) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
    }

    /** Newest first; a page number outside the range shows the nearest existing page instead of an error. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<OutboxMessage> page(int requested) {
        long total = messages.count();
        int last = total == 0 ? 0 : (int) ((total - 1) / PAGE_SIZE);
        return messages.findAll(PageRequest.of(Math.clamp(requested, 0, last), PAGE_SIZE, NEWEST_FIRST));
    }

    /**
     * Writes one message and sends it if it can, in one transaction per message: what was recorded for the
     * recipients before stays recorded when a later one fails. The row is flushed before sending, so no mail leaves
     * that could not be recorded; a refusal of the SMTP server is an outcome (FAILED), never an exception for the
     * caller, whose work is done already.
     */
    @Transactional
    DeliveryStatus deliver(MessageKind kind, Party party, UserSummary recipient, String subject, String body) {
        OutboxMessage message = messages.saveAndFlush(new OutboxMessage(kind, party, recipient.username(),
                recipient.email(), subject, body, now()));
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return message.status();
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(recipient.email());
        mail.setSubject(subject);
        mail.setText(body);
        try {
            sender.send(mail);
            message.sent(now());
        } catch (MailException e) {
            message.failed(reason(e));
        }
        return message.status();
    }

    /** Whether the member got a reminder about the party's items since the given instant (any outcome). */
    boolean remindedSince(Party party, String username, Instant since) {
        return messages.existsByKindAndPartyAndRecipientUsernameAndCreatedAtGreaterThanEqual(MessageKind.REMINDER,
                party, username, since);
    }

    /** The innermost cause's class: what went wrong, without the server's reply, which may quote the address. */
    static String reason(MailException e) {
        Throwable cause = e;
        if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            cause = send.getFailedMessages().values().iterator().next();
        }
        return NestedExceptionUtils.getMostSpecificCause(cause).getClass().getSimpleName();
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; the same instant is then shown before and after a reload.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}

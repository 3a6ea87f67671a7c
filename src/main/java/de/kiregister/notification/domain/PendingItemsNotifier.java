package de.kiregister.notification.domain;

import java.util.List;

import de.kiregister.dialogue.DialogueItemsPending;
import de.kiregister.identity.UserDirectory;
import de.kiregister.identity.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * When items start waiting for a party, each enabled member of the party's role gets a mail pointing to the inbox.
 * Runs after the dialogue's transaction committed and in another thread, so neither a slow nor a refusing SMTP
 * server touches the decision or round that caused it; the event publication registry keeps the event should the
 * handling itself fail (say, the database is gone).
 */
@Component
class PendingItemsNotifier {

    private static final Logger log = LoggerFactory.getLogger(PendingItemsNotifier.class);

    private final UserDirectory users;
    private final MailTexts texts;
    private final Outbox outbox;

    PendingItemsNotifier(UserDirectory users, MailTexts texts, Outbox outbox) {
        this.users = users;
        this.texts = texts;
        this.outbox = outbox;
    }

    // No transaction around the whole event (NOT_SUPPORTED instead of the listener's default REQUIRES_NEW): the
    // outbox commits each message on its own, and no second connection is held idle meanwhile.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DialogueItemsPending event) {
        List<UserSummary> members = users.usersWithRole(event.party().role());
        MailTexts.Mail mail = texts.pendingItems(event);
        Deliveries deliveries = new Deliveries();
        for (UserSummary member : members) {
            deliveries.add(outbox.deliver(MessageKind.PENDING_ITEMS, event.party(), member, mail.subject(),
                    mail.body()));
        }
        // Counts and the reference only: no names or addresses in the log (rule 34, docs/rules.md).
        log.info("Pending-items mail for {} ({}, {} items) to {} members: {}", event.reference(), event.party(),
                event.itemCount(), members.size(), deliveries);
    }
}

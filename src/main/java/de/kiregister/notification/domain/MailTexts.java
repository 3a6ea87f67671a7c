package de.kiregister.notification.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import de.kiregister.dialogue.DialogueItemsPending;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.WaitingItem;
import de.kiregister.shared.web.DateFormatting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The German texts of the mails, from the message bundle like every other text people read. They name the use case
 * by reference and title and the items by title, nothing else: a mail may be forwarded or read on a phone.
 */
@Component
class MailTexts {

    /** Recipients have no language setting; the city's working language is German. */
    private static final Locale LANGUAGE = Locale.GERMAN;

    record Mail(String subject, String body) {
    }

    private final MessageSource messages;
    private final DateFormatting dates;
    private final String inboxUrl;

    MailTexts(MessageSource messages, DateFormatting dates,
            @Value("${kiregister.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.dates = dates;
        this.inboxUrl = baseUrl.replaceAll("/+$", "") + "/inbox";
    }

    Mail pendingItems(DialogueItemsPending event) {
        String party = party(event.party());
        return new Mail(text("notification.mail.pending.subject", items(event.itemCount()), party,
                        event.reference(), event.title()),
                text("notification.mail.pending.body", event.itemCount(), party, event.reference(), event.title(),
                        inboxUrl));
    }

    /** @param items the party's overdue items, oldest first */
    Mail reminder(Party party, List<WaitingItem> items) {
        String lines = items.stream()
                .map(item -> text("notification.mail.reminder.line", item.reference(), item.useCaseTitle(),
                        item.title(), dates.date(item.pendingSince().atZone(DateFormatting.ZONE).toLocalDate())))
                .collect(Collectors.joining("\n"));
        return new Mail(text("notification.mail.reminder.subject", items(items.size()), party(party)),
                text("notification.mail.reminder.body", items.size(), party(party), lines, inboxUrl));
    }

    private String items(int count) {
        return text("notification.mail.items", count);
    }

    private String party(Party party) {
        return messages.getMessage("notification.mail.party." + party.name(), null, LANGUAGE);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LANGUAGE);
    }
}

package de.kiregister.dialogue;

import java.time.Instant;

/**
 * An item waiting for its party's decision, as reminders and dashboards see it.
 *
 * @param reference the use case's reference code
 * @param useCaseTitle the use case's title
 * @param party whose members are to decide
 * @param title the item's title
 * @param pendingSince since when it waits
 */
public record WaitingItem(String reference, String useCaseTitle, Party party, String title, Instant pendingSince) {
}

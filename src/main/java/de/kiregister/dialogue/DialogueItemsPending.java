package de.kiregister.dialogue;

/**
 * Items of a use case now wait for a party: a round started, an item was added, a Rückfrage was answered, or
 * decisions went stale after a material change. Published after the change; notifications listen to it.
 *
 * @param reference the use case
 * @param party whose members should look at their inbox
 * @param itemCount how many items became pending
 */
public record DialogueItemsPending(String reference, String title, Party party, int itemCount) {
}

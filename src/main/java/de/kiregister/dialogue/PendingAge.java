package de.kiregister.dialogue;

/**
 * How long a party's items have been waiting for its decision, for dashboards.
 *
 * @param count items waiting
 * @param oldestDays days the longest-waiting item has waited (0 when none waits)
 * @param upToWeek items waiting at most 7 days
 * @param upToMonth items waiting 8 to 30 days
 * @param longer items waiting more than 30 days
 */
public record PendingAge(Party party, long count, long oldestDays, long upToWeek, long upToMonth, long longer) {
}

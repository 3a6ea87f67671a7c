package de.kiregister.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to the Spezifikationsdialog for other modules (portfolio, start page). */
public interface Dialogues {

    /** The status of the use case's latest round, empty when no round was started. */
    Optional<RoundStatus> latestRoundStatus(String reference);

    /** Items waiting for each party across all use cases (for dashboards); every party is in the map. */
    Map<Party, Long> pendingItemsByParty();

    /** Per party, how many items wait and how long, in one query; every party is in the map. */
    Map<Party, PendingAge> pendingAgesByParty();

    /** Items waiting for a decision since before {@code cutoff}, oldest first (for reminders). */
    List<WaitingItem> waitingSince(Instant cutoff);
}

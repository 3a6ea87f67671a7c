package de.kiregister.dialogue;

import java.util.Map;
import java.util.Optional;

/** Read access to the Spezifikationsdialog for other modules (portfolio, start page). */
public interface Dialogues {

    /** The status of the use case's latest round, empty when no round was started. */
    Optional<RoundStatus> latestRoundStatus(String reference);

    /** Items waiting for each party across all use cases (for dashboards). */
    Map<Party, Long> pendingItemsByParty();
}

package de.kiregister.dialogue.domain;

import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.Verdict;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;

/** Test shortcuts through the real service: a round every party has approved, as rule 3 asks before a pilot. */
public final class DialogueFixtures {

    private DialogueFixtures() {
    }

    /** The member of each party the fixtures decide as; never the owner of a test use case. */
    public static String memberOf(Party party) {
        return "fixture-" + party.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Starts a round as KI-Hub (unless one is open) and approves every item as a member of its party. */
    public static void completeRound(DialogueService dialogues, String reference) {
        boolean open = dialogues.latestRound(reference).map(r -> !r.rejected()).orElse(false);
        if (!open) {
            CurrentUser.runAs("fixture-kihub", Role.KI_HUB, () -> dialogues.startRound(reference));
        }
        DialogueRound round = dialogues.latestRound(reference).orElseThrow();
        for (DialogueItem item : round.sortedItems()) {
            CurrentUser.runAs(memberOf(item.party()), item.party().role(),
                    () -> dialogues.decide(item.id(), item.version(), Verdict.APPROVE, null));
        }
    }
}

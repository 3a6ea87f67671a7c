package de.kiregister.dialogue.domain;

import java.util.EnumSet;
import java.util.Set;

import de.kiregister.dialogue.ItemState;
import de.kiregister.dialogue.Party;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;

/**
 * What the current user may do in one use case's dialogue (rule 6, docs/rules.md): members decide only their own
 * party's items and never on a use case they own; KI-Hub manages rounds and answers Rückfragen; KI-Hub and the
 * item's party discuss in its thread. {@link DialogueService} enforces the same rules; pages use this to offer
 * only what will be accepted.
 *
 * @param parties the parties whose role the user holds
 * @param owner whether the user owns the use case
 */
public record DialogueRights(Set<Party> parties, boolean kiHub, boolean owner) {

    public DialogueRights {
        parties = parties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parties));
    }

    /** The signed-in user's rights on a use case owned by {@code ownerUsername}. */
    public static DialogueRights of(String ownerUsername) {
        return new DialogueRights(partiesOfCurrentUser(), CurrentUser.hasRole(Role.KI_HUB),
                CurrentUser.username().map(ownerUsername::equals).orElse(false));
    }

    /** The parties whose role the signed-in user holds, in the order Verwaltung, Personalrat, IT. */
    public static Set<Party> partiesOfCurrentUser() {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        for (Party party : Party.values()) {
            if (CurrentUser.hasRole(party.role())) {
                parties.add(party);
            }
        }
        return parties;
    }

    /** Rule 6 alone: a member of the party who does not own the use case. */
    public boolean mayDecideFor(Party party) {
        return parties.contains(party) && !owner;
    }

    public boolean mayDecide(DialogueItem item) {
        return item.state() == ItemState.PENDING && !item.round().rejected() && mayDecideFor(item.party());
    }

    public boolean mayAnswer(DialogueItem item) {
        return kiHub && item.state() == ItemState.QUESTION && !item.round().rejected();
    }

    public boolean mayComment(DialogueItem item) {
        return kiHub || parties.contains(item.party());
    }
}

package de.kiregister.dialogue.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kiregister.dialogue.ItemState;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.Verdict;
import de.kiregister.dialogue.domain.DialogueRights;
import de.kiregister.dialogue.domain.Inbox;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The inbox ("Eingang"): for each party the user belongs to, the items waiting for its decision across all use
 * cases, oldest first and decidable in place; for KI-Hub, the Rückfragen waiting for an answer.
 */
@Controller
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        Map<Party, List<Inbox.Entry>> pending = new LinkedHashMap<>();
        Set<Party> parties = DialogueRights.partiesOfCurrentUser();
        for (Party party : parties) {
            pending.put(party, inbox.pendingFor(List.of(party)));
        }
        boolean kiHub = CurrentUser.hasRole(Role.KI_HUB);
        model.addAttribute("pending", pending);
        model.addAttribute("questions", kiHub ? inbox.questionsForKiHub() : List.of());
        model.addAttribute("kiHub", kiHub);
        model.addAttribute("username", CurrentUser.username().orElse(""));
        model.addAttribute("limit", Inbox.LIMIT);
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("pendingState", ItemState.PENDING);
        return "dialogue/inbox";
    }
}

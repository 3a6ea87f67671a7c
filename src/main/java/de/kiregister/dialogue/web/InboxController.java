package de.kiregister.dialogue.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import de.kiregister.dialogue.ItemState;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.Verdict;
import de.kiregister.dialogue.domain.DialogueRights;
import de.kiregister.dialogue.domain.Inbox;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    /**
     * @param useCase a reference code: only that use case's items (a busy inbox worked through case by case);
     *        anything not shaped like a reference code shows the whole inbox
     * @param page the page of every section (0-based); anything not a number is the first, one beyond the end
     *        the last
     */
    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) @Nullable String useCase,
            @RequestParam(required = false) @Nullable String page, Model model) {
        List<String> only = ReturnTo.isReference(useCase) ? List.of(useCase) : List.of();
        Pageable pageable = PageRequest.of(pageNumber(page), Inbox.PAGE_SIZE);
        Map<Party, Page<Inbox.Entry>> pending = new LinkedHashMap<>();
        Set<Party> parties = DialogueRights.partiesOfCurrentUser();
        for (Party party : parties) {
            pending.put(party, inbox.pendingPage(List.of(party), only, pageable));
        }
        boolean kiHub = CurrentUser.hasRole(Role.KI_HUB);
        Page<Inbox.Entry> questions = kiHub ? inbox.questionsPage(only, pageable) : Page.empty(pageable);
        // A refused action shows at its item's form; when the item is not on this page any more (someone else
        // decided it first, it moved to another page) the message would be lost and the user would believe it
        // saved, so it is shown at the top instead (found by the load test).
        if (model.getAttribute("failure") instanceof ItemFailure failure && Stream.concat(
                pending.values().stream().flatMap(Page::stream), questions.stream())
                .noneMatch(entry -> entry.itemId().equals(failure.itemId()))) {
            model.addAttribute("failureElsewhere", failure);
        }
        model.addAttribute("only", only.isEmpty() ? null : only.getFirst());
        model.addAttribute("inboxPage", pageable.getPageNumber());
        model.addAttribute("pending", pending);
        model.addAttribute("questions", questions);
        model.addAttribute("kiHub", kiHub);
        model.addAttribute("username", CurrentUser.username().orElse(""));
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("pendingState", ItemState.PENDING);
        return "dialogue/inbox";
    }

    private static int pageNumber(@Nullable String page) {
        if (page == null || !page.matches("\\d{1,6}")) {
            return 0;
        }
        return Integer.parseInt(page);
    }
}

package de.kiregister.dialogue.web;

import java.util.UUID;

import de.kiregister.dialogue.Verdict;
import de.kiregister.dialogue.domain.DialogueService;
import de.kiregister.shared.DomainRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What people do with one item, from the inbox or the use case's dialogue tab: decide, answer a Rückfrage,
 * comment. Post-redirect-get; a refusal goes back to the same page with the message at the item's field and the
 * typed text kept. Who may do what is checked by {@link DialogueService}.
 */
@Controller
class ItemActionController {

    private final DialogueService dialogues;

    ItemActionController(DialogueService dialogues) {
        this.dialogues = dialogues;
    }

    @PostMapping("/dialogue/items/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) @Nullable String verdict,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String returnTo,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String useCase, RedirectAttributes redirect) {
        try {
            dialogues.decide(id, version, Verdict.parse(verdict), text);
            redirect.addFlashAttribute("success", "dialogue.decision.saved");
        } catch (DomainRuleViolation e) {
            ItemFailure.addTo(redirect, id, "decision", e, text, verdict);
        }
        return ReturnTo.redirect(returnTo, page, useCase, id);
    }

    @PostMapping("/dialogue/items/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String link,
            @RequestParam(required = false) @Nullable String returnTo,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String useCase, RedirectAttributes redirect) {
        try {
            dialogues.answer(id, text, link);
            redirect.addFlashAttribute("success", "dialogue.answer.saved");
        } catch (DomainRuleViolation e) {
            ItemFailure.addTo(redirect, id, "answer", e, text, link);
        }
        return ReturnTo.redirect(returnTo, page, useCase, id);
    }

    @PostMapping("/dialogue/items/{id}/comments")
    String comment(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String link,
            @RequestParam(required = false) @Nullable String returnTo,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String useCase, RedirectAttributes redirect) {
        try {
            dialogues.comment(id, text, link);
            redirect.addFlashAttribute("success", "dialogue.comment.saved");
        } catch (DomainRuleViolation e) {
            ItemFailure.addTo(redirect, id, "comment", e, text, link);
        }
        return ReturnTo.redirect(returnTo, page, useCase, id);
    }
}

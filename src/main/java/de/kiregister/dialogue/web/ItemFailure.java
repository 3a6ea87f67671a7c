package de.kiregister.dialogue.web;

import java.io.Serializable;
import java.util.UUID;

import de.kiregister.shared.DomainRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused action on an item, carried across the redirect: which item and form, the message, and what the user
 * typed, so the page shows the message at the field and nothing typed is lost.
 *
 * @param form "decision", "answer" or "comment"
 * @param choice the verdict chosen (decision) or the link typed (answer, comment)
 */
record ItemFailure(UUID itemId, String form, Problem problem, @Nullable String text, @Nullable String choice)
        implements Serializable {

    static void addTo(RedirectAttributes redirect, UUID itemId, String form, DomainRuleViolation e,
            @Nullable String text, @Nullable String choice) {
        redirect.addFlashAttribute("failure", new ItemFailure(itemId, form, Problem.of(e), text, choice));
    }

    /** For templates: whether this failure belongs to the given item's form. */
    public boolean isFor(UUID item, String formName) {
        return itemId.equals(item) && form.equals(formName);
    }
}

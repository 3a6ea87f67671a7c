package de.kiregister.dialogue.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where an item action goes back to: the inbox or the use case's dialogue tab. A closed set, so a forged
 * parameter cannot send the user to another site.
 */
final class ReturnTo {

    private ReturnTo() {
    }

    static String redirect(@Nullable String returnTo, UUID itemId) {
        if (returnTo != null && returnTo.matches("KI-\\d{4}-\\d{3,}")) {
            return "redirect:/use-cases/" + returnTo + "/dialogue#item-" + itemId;
        }
        return "redirect:/inbox#item-" + itemId;
    }
}

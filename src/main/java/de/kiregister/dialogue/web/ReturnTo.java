package de.kiregister.dialogue.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where an item action goes back to: the inbox or the use case's dialogue tab. A closed set, so a forged
 * parameter cannot send the user to another site.
 */
final class ReturnTo {

    private static final Pattern REFERENCE = Pattern.compile("KI-\\d{4}-\\d{3,}");

    private ReturnTo() {
    }

    /** Shaped like a use case's reference code (KI-2026-014); whether it exists is not checked here. */
    static boolean isReference(@Nullable String text) {
        return text != null && REFERENCE.matcher(text).matches();
    }

    static String redirect(@Nullable String returnTo, UUID itemId) {
        if (isReference(returnTo)) {
            return "redirect:/use-cases/" + returnTo + "/dialogue#item-" + itemId;
        }
        return "redirect:/inbox#item-" + itemId;
    }
}

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

    /** A page of the inbox other than the first, as the inbox reads it. */
    private static final Pattern PAGE = Pattern.compile("[1-9]\\d{0,5}");

    private ReturnTo() {
    }

    /** Shaped like a use case's reference code (KI-2026-014); whether it exists is not checked here. */
    static boolean isReference(@Nullable String text) {
        return text != null && REFERENCE.matcher(text).matches();
    }

    /**
     * To the use case's dialogue tab when {@code returnTo} is a reference, else back to the inbox as the user left
     * it: the same page (so that working through page 3 does not start over at page 1 after every decision) and the
     * same use case filter. Values of another shape are dropped, not passed on.
     */
    static String redirect(@Nullable String returnTo, @Nullable String page, @Nullable String useCase,
            UUID itemId) {
        if (isReference(returnTo)) {
            return "redirect:/use-cases/" + returnTo + "/dialogue#item-" + itemId;
        }
        StringBuilder inbox = new StringBuilder("redirect:/inbox");
        String separator = "?";
        if (isReference(useCase)) {
            inbox.append(separator).append("useCase=").append(useCase);
            separator = "&";
        }
        if (page != null && PAGE.matcher(page).matches()) {
            inbox.append(separator).append("page=").append(page);
        }
        return inbox.append("#item-").append(itemId).toString();
    }
}

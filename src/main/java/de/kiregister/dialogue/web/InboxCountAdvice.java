package de.kiregister.dialogue.web;

import java.util.Set;

import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.domain.DialogueRights;
import de.kiregister.dialogue.domain.Inbox;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number the navigation shows next to "Eingang": items waiting for the user's parties plus, for KI-Hub, the
 * Rückfragen waiting for an answer. Null (no entry) for users the dialogue does not involve.
 */
@ControllerAdvice
class InboxCountAdvice {

    private static final Logger log = LoggerFactory.getLogger(InboxCountAdvice.class);

    private final Inbox inbox;

    InboxCountAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("inboxCount")
    @Nullable Long inboxCount(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        Set<Party> parties = DialogueRights.partiesOfCurrentUser();
        boolean kiHub = CurrentUser.hasRole(Role.KI_HUB);
        if (parties.isEmpty() && !kiHub) {
            return null;
        }
        try {
            return inbox.countPendingFor(parties) + (kiHub ? inbox.countQuestions() : 0);
        } catch (DataAccessException e) {
            // The count is decoration: an error page (say, while the database is down) must still render.
            log.warn("Inbox count unavailable: {}", e.getClass().getSimpleName());
            return null;
        }
    }
}

package de.kiregister.notification.web;

import de.kiregister.notification.domain.Outbox;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** ADMIN reads the outbox: every mail the application wrote, newest first, with what became of it. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

    private final Outbox outbox;

    OutboxAdminController(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The page number is read leniently: a hand-edited URL shows a page, never an error. */
    @GetMapping
    String list(@RequestParam(required = false) @Nullable String page, Model model) {
        model.addAttribute("messages", outbox.page(pageNumber(page)));
        return "admin/outbox";
    }

    /** Zero-based; anything that is not a number is the first page, the service clamps the rest. */
    static int pageNumber(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            // Too many digits is a wish for the end, not for the beginning.
            return page.strip().matches("\\+?\\d+") ? Integer.MAX_VALUE : 0;
        }
    }
}

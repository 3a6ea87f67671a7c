package de.kiregister.classification.web;

import java.util.Arrays;

import de.kiregister.classification.obligation.ObligationCalendar;
import de.kiregister.classification.obligation.ObligationCalendar.Filter;
import de.kiregister.classification.obligation.ObligationCalendar.StatusFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The obligation calendar of the whole portfolio, read-only for every signed-in role. The filter is a plain GET
 * form; its values are read leniently, so a hand-edited URL shows the default view instead of an error.
 */
@Controller
class ObligationCalendarController {

    private final ObligationCalendar calendar;

    ObligationCalendarController(ObligationCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/obligations")
    String calendar(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String overdue,
            @RequestParam(required = false) @Nullable String department, Model model) {
        Filter filter = new Filter(statusFilter(status), "true".equalsIgnoreCase(overdue),
                department == null || department.isBlank() ? null : department.strip());
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", StatusFilter.values());
        model.addAttribute("calendar", calendar.of(filter));
        return "classification/calendar";
    }

    private static StatusFilter statusFilter(@Nullable String value) {
        return Arrays.stream(StatusFilter.values())
                .filter(s -> value != null && s.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElse(Filter.DEFAULT.status());
    }
}

package de.kiregister.roadmap.domain;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import de.kiregister.roadmap.MilestoneType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names people read, in the request's language: months ("November 2026") and milestones. */
@Component
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String month(YearMonth month) {
        return month(month, LocaleContextHolder.getLocale());
    }

    public String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    /** A custom milestone's own name, otherwise the type's label. */
    public String milestone(MilestoneType type, @Nullable String name) {
        return milestone(type, name, LocaleContextHolder.getLocale());
    }

    public String milestone(MilestoneType type, @Nullable String name, Locale locale) {
        return name != null ? name : text("enum.MilestoneType." + type.name(), locale);
    }

    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}

package de.kiregister.register.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders a value of the "Verlauf" tab as a person reads it: enum constants by their German label
 * ({@code enum.<Type>.<VALUE>}), sets joined, empty as a dash.
 */
@Component("historyValues")
class HistoryValues {

    private final MessageSource messages;

    HistoryValues(MessageSource messages) {
        this.messages = messages;
    }

    public String display(String field, @Nullable Object value) {
        if (value == null) {
            return messages.getMessage("usecase.none", null, "–", LocaleContextHolder.getLocale());
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(v -> display(field, v)).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof BigDecimal amount) {
            NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(amount);
        }
        if (value instanceof Enum<?> constant) {
            String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return messages.getMessage(key, null, constant.name(), LocaleContextHolder.getLocale());
        }
        return value.toString();
    }
}

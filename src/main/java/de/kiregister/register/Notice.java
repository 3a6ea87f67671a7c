package de.kiregister.register;

import java.util.List;

/**
 * A line another module contributes to a register page about one use case: a task on the start page or a
 * warning on the use case (e.g. "Statusbericht für November 2026 fehlt").
 *
 * @param textKey message key of the text, with its arguments
 * @param path the application path the line links to, e.g. {@code /use-cases/KI-2026-001/reports}
 */
public record Notice(String reference, String useCaseTitle, String textKey, List<Object> textArguments,
        String path) {

    public Notice {
        textArguments = List.copyOf(textArguments);
    }
}

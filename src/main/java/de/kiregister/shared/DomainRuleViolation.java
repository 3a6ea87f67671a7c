package de.kiregister.shared;

import java.util.Arrays;

/**
 * A business rule refused an action. Carries a message key (resolved from {@code messages.properties}) and its
 * arguments, so the user sees a German sentence that names the rule, never an exception text.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public DomainRuleViolation(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

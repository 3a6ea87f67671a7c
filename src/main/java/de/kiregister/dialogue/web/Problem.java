package de.kiregister.dialogue.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import de.kiregister.shared.DomainRuleViolation;

/**
 * A refused action as the next page shows it: a message key with its arguments. Carried across the redirect as a
 * flash attribute, which lives in the session stored in PostgreSQL, so only serialisable values.
 */
record Problem(String messageKey, List<String> arguments) implements Serializable {

    static Problem of(DomainRuleViolation e) {
        return new Problem(e.messageKey(), Arrays.stream(e.arguments()).map(String::valueOf).toList());
    }

    /** For {@code #messages.msgWithParams}. */
    public Object[] args() {
        return arguments.toArray();
    }
}

package de.kiregister.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** What the application does with text people send before it is bound, checked or stored. */
public final class Texts {

    /**
     * Control characters no keyboard types, except tab, line feed and carriage return. PostgreSQL refuses the
     * null character in text outright; the others would only hide in stored text and exports.
     */
    private static final Pattern INVISIBLE_CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private Texts() {
    }

    /** The text without invisible control characters; null stays null. Right-to-left marks and the like stay. */
    public static @Nullable String withoutControlCharacters(@Nullable String text) {
        return text == null ? null : INVISIBLE_CONTROLS.matcher(text).replaceAll("");
    }
}

package de.kiregister.classification;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One question of the catalogue. Its {@code id} (e.g. {@code P-f}, {@code H3}) is part of the public API and never
 * changes between catalogue versions.
 *
 * @param id fixed question id
 * @param group the step of the decision procedure the question belongs to
 * @param type which answers are allowed
 * @param text the question in German and English
 * @param reference the legal reference, e.g. {@code Art. 5(1)(f)}
 * @param explanation German explanation shown next to the question
 * @param verify true when the content rests on secondary sources about Reg. (EU) 2026/1744 and needs a lawyer's
 *        confirmation
 * @param choices the allowed values of a {@link AnswerType#CHOICE} question, else empty
 * @param practice for an Art. 5 question the practice it asks for, e.g. {@code 5(1)(f)}
 * @param exception id of the question whose {@code true} answer means the exception applies (no prohibition, no
 *        transparency duty)
 * @param effects short German sentence per answer value ({@code "true"}, {@code "false"}, {@code "unsure"}, a
 *        choice, or {@code "*"} for any other choice with {@code {answer}} and {@code {label}} placeholders)
 */
public record Question(String id, QuestionGroup group, AnswerType type, LocalizedText text, String reference,
        String explanation, boolean verify, List<String> choices, @Nullable String practice,
        @Nullable String exception, Map<String, String> effects) {

    /** The value of a D1-style answer meaning "cannot tell yet". */
    public static final String UNSURE = "unsure";

    /** The H3 answer meaning "no Annex III purpose". */
    public static final String NONE = "none";

    public Question {
        choices = List.copyOf(choices);
        effects = Map.copyOf(effects);
    }

    /** Whether {@code value} (already parsed from JSON: Boolean or String) is an allowed answer. */
    public boolean allows(Object value) {
        return switch (type) {
            case BOOLEAN -> value instanceof Boolean;
            case BOOLEAN_OR_UNSURE -> value instanceof Boolean || UNSURE.equals(value);
            case CHOICE -> value instanceof String s && choices.contains(s);
        };
    }

    /** The allowed values as a German phrase for error messages, e.g. {@code erlaubt sind true oder false}. */
    public String allowedValuesDescription() {
        return switch (type) {
            case BOOLEAN -> "erlaubt sind true oder false";
            case BOOLEAN_OR_UNSURE -> "erlaubt sind true, false oder \"" + UNSURE + "\"";
            case CHOICE -> "erlaubt ist einer der Werte " + String.join(", ", choices);
        };
    }
}

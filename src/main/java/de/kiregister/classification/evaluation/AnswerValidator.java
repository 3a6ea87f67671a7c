package de.kiregister.classification.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.kiregister.classification.AnswerType;
import de.kiregister.classification.Catalogue;
import de.kiregister.classification.InvalidAnswersException;
import de.kiregister.classification.InvalidAnswersException.AnswerError;
import de.kiregister.classification.Question;

/**
 * Checks answers against the catalogue before anything is evaluated: a typo in an id or a "yes" instead of
 * {@code true} must be rejected, not silently read as "not answered" (which would change the legal outcome).
 */
final class AnswerValidator {

    private static final int MAX_ECHO = 40;

    private AnswerValidator() {
    }

    /** The valid answers without {@code null} values; throws with every problem when any answer is invalid. */
    static Map<String, Object> validate(Catalogue catalogue, Map<String, ?> answers) {
        List<AnswerError> errors = new ArrayList<>();
        Map<String, Object> valid = new HashMap<>();
        answers.forEach((id, value) -> {
            String key = String.valueOf(id);
            Optional<Question> question = catalogue.question(key);
            if (question.isEmpty()) {
                errors.add(new AnswerError(key, "Unbekannte Frage " + quote(key) + ". Gültige Fragen: "
                        + String.join(", ", catalogue.questionIds()) + "."));
            } else if (value == null) {
                // The questionnaire sends a cleared answer as null: it counts as not answered.
            } else if (!question.get().allows(value)) {
                errors.add(new AnswerError(key, "Ungültige Antwort " + describe(value) + " für Frage " + key + ": "
                        + question.get().allowedValuesDescription() + hint(catalogue, question.get(), value) + "."));
            } else {
                valid.put(key, value);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        return valid;
    }

    private static String hint(Catalogue catalogue, Question question, Object value) {
        if (question.type() == AnswerType.CHOICE) {
            return "";
        }
        if (Question.UNSURE.equals(value)) {
            List<String> unsureAllowed = catalogue.questions().stream()
                    .filter(q -> q.type() == AnswerType.BOOLEAN_OR_UNSURE).map(Question::id).toList();
            return " (\"" + Question.UNSURE + "\" ist nur bei " + String.join(", ", unsureAllowed) + " zulässig)";
        }
        if ("true".equals(value) || "false".equals(value)) {
            return " (als JSON-Wahrheitswert ohne Anführungszeichen)";
        }
        return "";
    }

    private static String describe(Object value) {
        return switch (value) {
            case String s -> quote(s.length() > MAX_ECHO ? s.substring(0, MAX_ECHO) + "…" : s);
            case Map<?, ?> m -> "(JSON-Objekt)";
            case Iterable<?> i -> "(JSON-Liste)";
            default -> String.valueOf(value);
        };
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}

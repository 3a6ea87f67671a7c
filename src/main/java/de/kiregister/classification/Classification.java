package de.kiregister.classification;

import java.util.Map;

/**
 * The classification in force: the rule catalogue loaded at start-up and the evaluation of answers against it.
 * Other modules use this instead of loading or evaluating a catalogue themselves, so every result names the one
 * catalogue version the application runs with.
 */
public interface Classification {

    /** The catalogue in force (validated at start-up). */
    Catalogue catalogue();

    /**
     * Evaluates answers (question id to {@code Boolean}, {@code "unsure"} for D1, an Annex III point code or
     * {@code "none"} for H3; {@code null} means not answered) against {@link #catalogue()}.
     *
     * @throws InvalidAnswersException when an id is unknown or a value is not allowed for its question
     */
    EvaluationResult evaluate(Map<String, ?> answers);
}

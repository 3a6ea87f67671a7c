package de.kiregister.classification.web;

import de.kiregister.classification.ExplanationStep;
import de.kiregister.classification.Question;
import org.jspecify.annotations.Nullable;

/**
 * A row of the questionnaire's summary: the step of the path, its question, the answer as a message key (ja, nein,
 * unsicher, keiner) or as text (an Annex III point), and the rationale given. Public only because the template
 * reads it.
 */
public record QuestionnaireRow(ExplanationStep step, Question question, String answerKey, @Nullable String answerText,
        @Nullable String rationale) {
}

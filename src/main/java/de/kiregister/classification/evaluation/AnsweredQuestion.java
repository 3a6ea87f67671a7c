package de.kiregister.classification.evaluation;

import de.kiregister.classification.Catalogue;
import de.kiregister.classification.ExplanationStep;
import de.kiregister.classification.LocalizedText;
import de.kiregister.classification.Question;
import org.jspecify.annotations.Nullable;

/**
 * One answered question on the path of an evaluation, ready to show: the question text, the answer as a message
 * key (ja, nein, unsicher, keiner) or as text (an Annex III point with its label), the explanation step and the
 * rationale given. Used by the questionnaire's summary and the dossier; public only because templates read it.
 *
 * @param step the explanation step (legal reference and effect of the answer)
 * @param questionId the fixed question id, e.g. {@code H3}
 * @param text the question; the id itself when the catalogue in force no longer has the question
 * @param answerKey message key of the answer, e.g. {@code classification.answer.true}
 * @param answerText the answer as text where there is no message for it (an Annex III point), else null
 * @param rationale the rationale given for the answer, or null
 */
public record AnsweredQuestion(ExplanationStep step, String questionId, LocalizedText text, String answerKey,
        @Nullable String answerText, @Nullable String rationale) {

    public static AnsweredQuestion of(Catalogue catalogue, ExplanationStep step, @Nullable String rationale) {
        Object answer = step.answer();
        String answerText = null;
        // Yes/no, unsure and "none" have messages; any other value is an Annex III point code.
        if (!(answer instanceof Boolean) && !Question.UNSURE.equals(answer) && !Question.NONE.equals(answer)) {
            answerText = catalogue.annexIIIPoint(String.valueOf(answer))
                    .map(point -> point.reference() + ": " + point.label())
                    .orElse(String.valueOf(answer));
        }
        // An assessment keeps the ids of its catalogue version; ids never change, but a question may be dropped.
        LocalizedText text = catalogue.question(step.question()).map(Question::text)
                .orElse(new LocalizedText(step.question(), step.question()));
        return new AnsweredQuestion(step, step.question(), text, "classification.answer." + answer, answerText,
                rationale);
    }
}

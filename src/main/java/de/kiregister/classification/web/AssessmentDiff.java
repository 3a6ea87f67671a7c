package de.kiregister.classification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.kiregister.classification.Catalogue;
import de.kiregister.classification.Question;
import de.kiregister.classification.RecordedAssessment;
import org.jspecify.annotations.Nullable;

/**
 * One answer that differs between two assessments, in catalogue order. {@code null} means the question was not
 * asked on that assessment's path. Public only because the template reads it.
 */
public record AssessmentDiff(String question, String text, @Nullable Object before, @Nullable Object after) {

    static List<AssessmentDiff> between(Catalogue catalogue, RecordedAssessment older, RecordedAssessment newer) {
        List<AssessmentDiff> changes = new ArrayList<>();
        for (Question question : catalogue.questions()) {
            Object before = older.answers().get(question.id());
            Object after = newer.answers().get(question.id());
            if (!Objects.equals(before, after)) {
                changes.add(new AssessmentDiff(question.id(), question.text().de(), before, after));
            }
        }
        return changes;
    }

    public String beforeKey() {
        return key(before);
    }

    public String afterKey() {
        return key(after);
    }

    /** ja/nein/unsicher/keiner as message keys; an Annex III code is shown as it is. */
    private static String key(@Nullable Object value) {
        return value == null ? "classification.answer.notAsked" : "classification.answer." + value;
    }
}

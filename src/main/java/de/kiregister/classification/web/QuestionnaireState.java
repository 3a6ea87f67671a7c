package de.kiregister.classification.web;

import java.util.List;
import java.util.Map;

/**
 * State of one questionnaire as it travels in the form: answers and rationales as form strings, and the questions
 * answered in this run, in order (for "Zurück"). Public only because the template reads it.
 */
public record QuestionnaireState(Map<String, String> answers, Map<String, String> rationales, List<String> trail) {

    public String trailText() {
        return String.join(",", trail);
    }
}

package de.kiregister.classification;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers that do not fit the catalogue: an unknown question id or a value the question does not allow. The
 * messages are German sentences that name the question and the allowed values; the API returns them as HTTP 400.
 */
public class InvalidAnswersException extends IllegalArgumentException {

    private final List<AnswerError> errors;

    public InvalidAnswersException(List<AnswerError> errors) {
        super(errors.stream().map(AnswerError::message).collect(Collectors.joining(" ")));
        this.errors = List.copyOf(errors);
    }

    public List<AnswerError> errors() {
        return errors;
    }

    /** One rejected answer: the question id as sent and a German message. */
    public record AnswerError(String question, String message) {
    }
}

package de.kiregister.classification.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import de.kiregister.classification.Classification;
import de.kiregister.classification.EvaluationResult;
import de.kiregister.classification.InvalidAnswersException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the classification: evaluate answers without saving anything. Open to every signed-in user (the
 * evaluation is a pure function of the public rule catalogue; storing an assessment is a separate, guarded
 * operation). Errors are RFC 9457 problem details with a German {@code detail}, never a stack trace.
 */
@RestController
@RequestMapping("/api/classification")
@Tag(name = "Klassifizierung / Classification",
        description = "Einstufung nach der KI-Verordnung / classification under the EU AI Act")
class ClassificationApiController {

    private static final String TITLE = "Ungültige Anfrage zur Klassifizierung";

    private static final Logger log = LoggerFactory.getLogger(ClassificationApiController.class);
    private static final String ANSWERS = "answers";
    private static final String BODY_SHAPE = "{\"answers\": {\"D1\": true, \"H3\": \"5a\", \"P-f\": false}}";

    private final Classification classification;

    ClassificationApiController(Classification classification) {
        this.classification = classification;
    }

    @PostMapping("/evaluate")
    @Operation(operationId = "evaluateClassification",
            summary = "Antworten nach der KI-Verordnung auswerten / Evaluate answers under the EU AI Act",
            description = "Wertet die Antworten auf den Fragenkatalog aus (nichts wird gespeichert): Risikostufe, "
                    + "verbotene Praktiken, Hochrisiko-Grundlage, Transparenzpflichten, Rolle, Pflichten mit "
                    + "Geltungsbeginn und Begründung je Antwort. Fehlt eine benötigte Antwort, ist complete=false "
                    + "und missing nennt die nächsten Fragen. / Evaluates the answers (nothing is stored). When a "
                    + "needed answer is missing, complete=false and missing names the next questions.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = EvaluationRequest.class),
                            examples = @ExampleObject(name = "Wohngeld-Assistent", value = "{\"answers\": {"
                                    + "\"R1\": false, \"R2\": true, \"D1\": true, \"S1\": false, \"P-a\": false, "
                                    + "\"P-b\": false, \"P-c\": false, \"P-d\": false, \"P-e\": false, "
                                    + "\"P-f\": false, \"P-g\": false, \"P-h\": false, \"P-ba\": false, "
                                    + "\"P-bb\": false, \"H1\": false, \"H3\": \"5a\", \"H4\": false, "
                                    + "\"H5\": false, \"R3\": false, \"T1\": false, \"T2\": false, "
                                    + "\"T3\": false, \"T4a\": false, \"T4b\": false, \"G1\": false, "
                                    + "\"A1\": false, \"W1\": true}}"))))
    @ApiResponse(responseCode = "200", description = "Ergebnis / result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EvaluationResult.class)))
    @ApiResponse(responseCode = "400", description = "Unbekannte Frage oder unzulässige Antwort / unknown question "
            + "or invalid answer", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Nicht angemeldet / not authenticated",
            content = @Content)
    EvaluationResult evaluate(@RequestBody Map<String, @Nullable Object> body) {
        return classification.evaluate(answers(body));
    }

    /** The {@code answers} object of the body; everything else in the body is a client error. */
    private static Map<String, @Nullable Object> answers(Map<String, @Nullable Object> body) {
        Set<String> unknown = new TreeSet<>(body.keySet());
        unknown.remove(ANSWERS);
        if (!unknown.isEmpty()) {
            throw new InvalidAnswersException(List.of(new InvalidAnswersException.AnswerError(ANSWERS,
                    "Unbekannte Felder im Anfragekörper: " + String.join(", ", unknown)
                            + ". Erwartet wird nur \"answers\", z. B. " + BODY_SHAPE + ".")));
        }
        if (!(body.get(ANSWERS) instanceof Map<?, ?> answers)) {
            throw new InvalidAnswersException(List.of(new InvalidAnswersException.AnswerError(ANSWERS,
                    "Das Feld \"answers\" fehlt oder ist kein JSON-Objekt. Erwartet wird z. B. " + BODY_SHAPE
                            + ".")));
        }
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        answers.forEach((id, value) -> result.put(String.valueOf(id), value));
        return result;
    }

    @ExceptionHandler(InvalidAnswersException.class)
    ProblemDetail invalidAnswers(InvalidAnswersException e) {
        ProblemDetail problem = badRequest(e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        // The parser's message may quote the input; it goes to the log at debug level, not to the client.
        log.debug("Unreadable classification request: {}", e.getMessage());
        return ApiProblems.unreadableBody(TITLE, BODY_SHAPE);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return ApiProblems.unsupportedMediaType();
    }

    private static ProblemDetail badRequest(String detail) {
        return ApiProblems.badRequest(TITLE, detail);
    }
}

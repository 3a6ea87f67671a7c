package de.kiregister.classification.web;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.InvalidAnswersException;
import de.kiregister.classification.InvalidAnswersException.AnswerError;
import de.kiregister.classification.RecordedAssessment;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * JSON API of the saved risk assessment of a use case. Reading is open to every signed-in user; saving is KI-Hub
 * only (enforced by method security in the service, so a denial is the security chain's 403). Errors are RFC 9457
 * problem details with a German {@code detail}.
 */
@RestController
@RequestMapping("/api/use-cases/{reference}/assessment")
@Tag(name = "Klassifizierung / Classification",
        description = "Einstufung nach der KI-Verordnung / classification under the EU AI Act")
class AssessmentApiController {

    private static final String TITLE = "Ungültige Einstufung";

    private static final Logger log = LoggerFactory.getLogger(AssessmentApiController.class);
    private static final String ANSWERS = "answers";
    private static final String RATIONALES = "rationales";
    private static final Set<String> FIELDS = Set.of(ANSWERS, RATIONALES);
    private static final String BODY_SHAPE = "{\"answers\": {\"D1\": true, \"H3\": \"5a\", …}, "
            + "\"rationales\": {\"H3\": \"…\"}}";
    /** Only a well-formed reference is echoed in a message. */
    private static final Pattern REFERENCE = Pattern.compile("KI-\\d{4}-\\d{3,6}");

    private final Assessments assessments;
    private final UseCaseDirectory useCases;

    AssessmentApiController(Assessments assessments, UseCaseDirectory useCases) {
        this.assessments = assessments;
        this.useCases = useCases;
    }

    @GetMapping
    @Operation(operationId = "getCurrentAssessment",
            summary = "Aktuelle Risikoeinstufung eines Anwendungsfalls / Current risk assessment of a use case",
            description = "Die neueste gespeicherte Einstufung mit Antworten, Begründungen, Katalogversion, wer und "
                    + "wann, und der Auswertung (Risikostufe, Pflichten mit Geltungsbeginn) so, wie sie beim "
                    + "Speichern berechnet wurde. stale=true: Der Anwendungsfall wurde seither wesentlich geändert. / "
                    + "The latest saved assessment with the evaluation as computed when it was saved; stale=true "
                    + "when the use case changed materially since.")
    @ApiResponse(responseCode = "200", description = "Einstufung / assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AssessmentResponse.class)))
    @ApiResponse(responseCode = "404", description = "Anwendungsfall unbekannt oder noch nicht eingestuft / unknown "
            + "use case or not assessed yet", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Nicht angemeldet / not authenticated", content = @Content)
    AssessmentResponse current(@Parameter(description = "Kennung / reference code", example = "KI-2026-014")
            @PathVariable String reference) {
        if (useCases.findByReference(reference).isEmpty()) {
            throw new NotFoundException("use case " + reference);
        }
        return assessments.current(reference).map(AssessmentResponse::of)
                .orElseThrow(() -> new NoAssessment(reference));
    }

    @PostMapping
    @Operation(operationId = "saveAssessment",
            summary = "Risikoeinstufung speichern (KI-Hub) / Save a risk assessment (KI-Hub)",
            description = "Wertet die Antworten mit dem geltenden Regelkatalog aus und speichert sie als neue "
                    + "aktuelle Einstufung; die bisherige wird abgelöst, nie überschrieben. Alle auf dem Pfad "
                    + "benötigten Antworten müssen vorliegen. / Evaluates the answers with the catalogue in force "
                    + "and saves them as the new current assessment; the previous one is superseded, never "
                    + "overwritten. Every answer needed on the path is required.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AssessmentRequest.class))))
    @ApiResponse(responseCode = "201", description = "Gespeichert / saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AssessmentResponse.class)))
    @ApiResponse(responseCode = "400", description = "Unbekannte Frage, unzulässige oder fehlende Antwort / unknown "
            + "question, invalid or missing answer", content = @Content(
                    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Nicht angemeldet / not authenticated", content = @Content)
    @ApiResponse(responseCode = "403", description = "Nur das KI-Hub stuft ein / only KI-Hub assesses",
            content = @Content)
    @ApiResponse(responseCode = "404", description = "Anwendungsfall unbekannt / unknown use case",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AssessmentResponse> assess(
            @Parameter(description = "Kennung / reference code", example = "KI-2026-014")
            @PathVariable String reference,
            @RequestBody Map<String, @Nullable Object> body) {
        Set<String> unknown = new TreeSet<>(body.keySet());
        unknown.removeAll(FIELDS);
        if (!unknown.isEmpty()) {
            throw invalid(ANSWERS, "Unbekannte Felder im Anfragekörper: " + String.join(", ", unknown)
                    + ". Erwartet werden \"answers\" und optional \"rationales\", z. B. " + BODY_SHAPE + ".");
        }
        if (!(body.get(ANSWERS) instanceof Map<?, ?> answers)) {
            throw invalid(ANSWERS, "Das Feld \"answers\" fehlt oder ist kein JSON-Objekt. Erwartet wird z. B. "
                    + BODY_SHAPE + ".");
        }
        Map<String, @Nullable Object> answerMap = new LinkedHashMap<>();
        answers.forEach((id, value) -> answerMap.put(String.valueOf(id), value));
        RecordedAssessment saved = assessments.assess(reference, answerMap, rationales(body.get(RATIONALES)));
        return ResponseEntity.created(URI.create("/api/use-cases/" + saved.reference() + "/assessment"))
                .body(AssessmentResponse.of(saved));
    }

    private static Map<String, String> rationales(@Nullable Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> rationales)) {
            throw invalid(RATIONALES, "Das Feld \"rationales\" muss ein JSON-Objekt sein: Frage-ID → Begründung, "
                    + "z. B. {\"H3\": \"…\"}.");
        }
        Map<String, String> result = new LinkedHashMap<>();
        rationales.forEach((id, text) -> {
            if (text != null && !(text instanceof String)) {
                throw invalid(RATIONALES, "Die Begründung zu Frage " + id + " muss ein Text sein.");
            }
            if (text instanceof String s) {
                result.put(String.valueOf(id), s);
            }
        });
        return result;
    }

    private static InvalidAnswersException invalid(String field, String message) {
        return new InvalidAnswersException(List.of(new AnswerError(field, message)));
    }

    @ExceptionHandler(InvalidAnswersException.class)
    ProblemDetail invalidAnswers(InvalidAnswersException e) {
        ProblemDetail problem = badRequest(e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail ruleViolation(DomainRuleViolation e) {
        if ("assessment.incomplete".equals(e.messageKey())) {
            String missing = e.arguments().length > 0 ? String.valueOf(e.arguments()[0]) : "";
            ProblemDetail problem = badRequest("Die Einstufung ist unvollständig und wurde nicht gespeichert. Es "
                    + "fehlen Antworten auf: " + missing + ".");
            problem.setProperty("missing", Arrays.stream(missing.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList());
            return problem;
        }
        log.info("Assessment refused by rule {}", e.messageKey());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Die Einstufung verstößt gegen eine fachliche Regel (" + e.messageKey() + ").");
        problem.setTitle("Einstufung abgelehnt");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String reference = variables instanceof Map<?, ?> map && map.get("reference") instanceof String r ? r : "";
        return notFound("Den Anwendungsfall " + describe(reference) + " gibt es nicht.");
    }

    @ExceptionHandler(NoAssessment.class)
    ProblemDetail noAssessment(NoAssessment e) {
        return notFound("Der Anwendungsfall " + describe(e.reference)
                + " ist noch nicht nach der KI-Verordnung eingestuft.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        log.debug("Unreadable assessment request: {}", e.getMessage());
        return ApiProblems.unreadableBody(TITLE, BODY_SHAPE);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return ApiProblems.unsupportedMediaType();
    }

    private static String describe(String reference) {
        return REFERENCE.matcher(reference).matches() ? reference : "mit dieser Kennung";
    }

    private static ProblemDetail badRequest(String detail) {
        return ApiProblems.badRequest(TITLE, detail);
    }

    private static ProblemDetail notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Nicht gefunden");
        return problem;
    }

    /** The use case exists but has never been assessed. */
    static final class NoAssessment extends RuntimeException {

        private final String reference;

        NoAssessment(String reference) {
            super("no assessment for " + reference);
            this.reference = reference;
        }
    }
}

package de.kiregister.classification.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The documented shape of the request body. The controller reads the body as a plain JSON object instead, so it
 * can reject unknown fields and wrong types with its own German message rather than a Jackson error.
 */
@Schema(name = "ClassificationEvaluationRequest",
        description = "Antworten je Frage-ID / answers per question id")
record EvaluationRequest(
        @Schema(description = "Frage-ID → Antwort: true/false, \"unsure\" nur bei D1, bei H3 ein Anhang-III-Punkt "
                + "(1a … 8b) oder \"none\"; null = nicht beantwortet / question id to answer",
                example = "{\"R1\": false, \"R2\": true, \"D1\": true, \"S1\": false, \"H3\": \"5a\"}",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Map<String, Object> answers) {
}

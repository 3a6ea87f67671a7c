package de.kiregister.classification.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The documented shape of the body of {@code POST /api/use-cases/{reference}/assessment}. The controller reads a
 * plain JSON object so it can reject unknown fields and wrong types with a German message.
 */
@Schema(name = "AssessmentRequest", description = "Antworten und Begründungen je Frage-ID / answers and "
        + "rationales per question id")
record AssessmentRequest(
        @Schema(description = "Frage-ID → Antwort wie bei POST /api/classification/evaluate; alle auf dem Pfad "
                + "benötigten Antworten müssen vorliegen / question id to answer; every answer needed on the path is "
                + "required", requiredMode = Schema.RequiredMode.REQUIRED)
        Map<String, Object> answers,
        @Schema(description = "Frage-ID → Begründung (optional) / question id to rationale (optional)",
                example = "{\"H3\": \"Entscheidet über Wohngeld, eine öffentliche Unterstützungsleistung.\"}")
        Map<String, String> rationales) {
}

package de.kiregister.classification.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.kiregister.classification.EvaluationResult;
import de.kiregister.classification.RecordedAssessment;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** JSON of a saved assessment: what was answered and why, by whom, and the evaluation as computed then. */
@Schema(name = "Assessment", description = "Gespeicherte Risikoeinstufung / saved risk assessment")
record AssessmentResponse(
        @Schema(description = "Kennung des Anwendungsfalls / reference code", example = "KI-2026-014")
        String reference,
        @Schema(description = "Version des Regelkatalogs / catalogue version", example = "2026.1")
        String catalogueVersion,
        @Schema(description = "Benutzername der einstufenden Person / who saved it") String assessedBy,
        @Schema(description = "Zeitpunkt der Einstufung / when it was saved") Instant assessedAt,
        @Schema(description = "Der Anwendungsfall wurde seither wesentlich geändert; eine neue Einstufung ist "
                + "nötig / the use case changed materially since, a re-assessment is required") boolean stale,
        @Schema(description = "Seit wann veraltet / stale since", nullable = true) @Nullable Instant staleSince,
        @Schema(description = "Geänderte wesentliche Felder / changed material fields", example = "[\"purpose\"]")
        List<String> staleFields,
        @Schema(description = "Frage-ID → Antwort / question id to answer") Map<String, Object> answers,
        @Schema(description = "Frage-ID → Begründung / question id to rationale") Map<String, String> rationales,
        @Schema(description = "Auswertung mit der damaligen Katalogversion / evaluation with the catalogue version "
                + "used") EvaluationResult result) {

    static AssessmentResponse of(RecordedAssessment assessment) {
        return new AssessmentResponse(assessment.reference(), assessment.catalogueVersion(), assessment.assessedBy(),
                assessment.assessedAt(), assessment.isStale(), assessment.staleSince(), assessment.staleFields(),
                assessment.answers(), assessment.rationales(), assessment.result());
    }
}

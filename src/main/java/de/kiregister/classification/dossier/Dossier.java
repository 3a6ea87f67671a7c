package de.kiregister.classification.dossier;

import java.time.Instant;
import java.util.List;

import de.kiregister.classification.RecordedAssessment;
import de.kiregister.classification.evaluation.AnsweredQuestion;
import de.kiregister.classification.obligation.ObligationService.TrackedObligation;
import de.kiregister.register.UseCaseSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * What the classification dossier of a use case shows: its facts, the current assessment spelt out (answers with
 * rationales, the explanation, obligations with their status) and every assessment ever made. Public only because
 * the PDF template reads it.
 *
 * @param useCase the use case
 * @param current its current (not superseded) assessment, stale or not; null when it was never classified
 * @param answers the answered questions of the current assessment, in catalogue order
 * @param basis the high-risk basis: Annex I, or an Annex III point with its label
 * @param practices the prohibited practices found, with the article and question
 * @param duties the transparency duties found, with the article and question
 * @param obligations the obligations of the current assessment with their tracked status
 * @param history every assessment, newest first
 * @param generatedAt when the dossier was made
 * @param generatedBy who made it (display name and user name)
 */
public record Dossier(UseCaseSnapshot useCase, @Nullable RecordedAssessment current, List<AnsweredQuestion> answers,
        List<Basis> basis, List<String> practices, List<String> duties, List<TrackedObligation> obligations,
        List<RecordedAssessment> history, Instant generatedAt, String generatedBy) {

    public Dossier {
        answers = List.copyOf(answers);
        basis = List.copyOf(basis);
        practices = List.copyOf(practices);
        duties = List.copyOf(duties);
        obligations = List.copyOf(obligations);
        history = List.copyOf(history);
    }

    /** One high-risk basis; Annex I has a message of its own, an Annex III point is shown with its label. */
    public record Basis(boolean annexI, String text) {
    }

    /** The file name offered for download, e.g. {@code Einstufungsdossier-KI-2026-001.pdf}. */
    public String fileName() {
        return "Einstufungsdossier-" + useCase.reference() + ".pdf";
    }
}

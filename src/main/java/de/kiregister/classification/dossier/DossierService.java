package de.kiregister.classification.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.Catalogue;
import de.kiregister.classification.Classification;
import de.kiregister.classification.EvaluationResult;
import de.kiregister.classification.RecordedAssessment;
import de.kiregister.classification.evaluation.AnsweredQuestion;
import de.kiregister.classification.obligation.ObligationService;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.UserDirectory;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.NotFoundException;
import de.kiregister.shared.pdf.PdfRenderer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classification dossier of a use case as a PDF, readable by every signed-in role like the tab. A use case
 * that was never classified gets a dossier too, saying so: it documents the state either way.
 */
@Service
public class DossierService {

    static final String TEMPLATE = "pdf/dossier";

    /**
     * The dossier is a record filed with the case, and the catalogue's texts (effects, obligation titles, Annex III
     * labels) exist in German only: it is German whatever language the reader's pages are in.
     */
    static final Locale LANGUAGE = Locale.GERMAN;

    private static final String ANNEX_I = "ANNEX_I";
    private static final String ANNEX_III_PREFIX = "ANNEX_III:";

    private final UseCaseDirectory useCases;
    private final Assessments assessments;
    private final Classification classification;
    private final ObligationService obligations;
    private final UserDirectory users;
    private final PdfRenderer pdf;
    private final Clock clock;

    DossierService(UseCaseDirectory useCases, Assessments assessments, Classification classification,
            ObligationService obligations, UserDirectory users, PdfRenderer pdf, Clock clock) {
        this.useCases = useCases;
        this.assessments = assessments;
        this.classification = classification;
        this.obligations = obligations;
        this.users = users;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * Everything the dossier shows, read in one transaction so it is one consistent state.
     *
     * @throws NotFoundException when the use case does not exist
     */
    @Transactional(readOnly = true)
    public Dossier of(String reference) {
        UseCaseSnapshot useCase = useCases.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("use case " + reference));
        String by = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not signed in"));
        String generatedBy = users.findByUsername(by).map(u -> u.displayName() + " (" + u.username() + ")")
                .orElse(by);
        Optional<RecordedAssessment> current = assessments.current(useCase.reference());
        Catalogue catalogue = classification.catalogue();
        EvaluationResult result = current.map(RecordedAssessment::result).orElse(null);
        return new Dossier(useCase, current.orElse(null),
                current.map(a -> a.result().explanation().stream()
                        .map(step -> AnsweredQuestion.of(catalogue, step, a.rationales().get(step.question())))
                        .toList()).orElse(List.of()),
                result == null ? List.of() : result.highRiskBasis().stream().map(b -> basis(catalogue, b)).toList(),
                result == null ? List.of() : result.prohibitedPractices().stream()
                        .map(p -> practice(catalogue, p)).toList(),
                result == null ? List.of() : result.transparencyDuties().stream()
                        .map(id -> duty(catalogue, id)).toList(),
                obligations.of(useCase.reference()), assessments.history(useCase.reference()), Instant.now(clock),
                generatedBy);
    }

    /** The dossier as an A4 PDF; no database work, so no transaction is held while it renders. */
    public byte[] pdf(Dossier dossier) {
        return pdf.render(TEMPLATE, Map.of("dossier", dossier), LANGUAGE);
    }

    private static Dossier.Basis basis(Catalogue catalogue, String basis) {
        if (ANNEX_I.equals(basis)) {
            return new Dossier.Basis(true, basis);
        }
        String text = basis.startsWith(ANNEX_III_PREFIX)
                ? catalogue.annexIIIPoint(basis.substring(ANNEX_III_PREFIX.length()))
                        .map(p -> p.reference() + ": " + p.label()).orElse(basis)
                : basis;
        return new Dossier.Basis(false, text);
    }

    private static String practice(Catalogue catalogue, String practice) {
        return catalogue.questions().stream().filter(q -> practice.equals(q.practice())).findFirst()
                .map(q -> q.reference() + ": " + q.text().de())
                .orElse("Art. " + practice);
    }

    private static String duty(Catalogue catalogue, String questionId) {
        return catalogue.question(questionId).map(q -> q.reference() + ": " + q.text().de()).orElse(questionId);
    }
}

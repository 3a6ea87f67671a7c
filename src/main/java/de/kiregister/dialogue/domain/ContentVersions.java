package de.kiregister.dialogue.domain;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.RecordedAssessment;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.Fingerprints;
import de.kiregister.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The content version a decision is bound to: a SHA-256 over the use case's material fields (as the register
 * fingerprints them) and the id of its current assessment. Anything that could change the legal or staff-council
 * view changes it; edits of wording such as the title do not.
 */
@Component
class ContentVersions {

    private final UseCaseDirectory useCases;
    private final Assessments assessments;

    ContentVersions(UseCaseDirectory useCases, Assessments assessments) {
        this.useCases = useCases;
        this.assessments = assessments;
    }

    String current(String reference) {
        return of(useCases.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("use case " + reference)));
    }

    String of(UseCaseSnapshot useCase) {
        String assessment = assessments.current(useCase.reference()).map(RecordedAssessment::id)
                .map(Object::toString).orElse("none");
        return Fingerprints.sha256(useCase.materialFingerprint(), assessment);
    }
}

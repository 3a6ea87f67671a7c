package de.kiregister.classification.assessment;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import de.kiregister.classification.Assessments;
import de.kiregister.register.RiskTier;
import de.kiregister.classification.RecordedAssessment;
import de.kiregister.register.Phase;
import de.kiregister.register.PhaseGuard;
import de.kiregister.register.UseCaseSnapshot;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rules 1, 2 and 4 (docs/rules.md), as the register asks them before a use case moves forward:
 * <ol>
 * <li>Pilot or later only with a current (latest, not stale) assessment;</li>
 * <li>an Art. 5 practice (PROHIBITED) blocks every phase after the feasibility study;</li>
 * <li>a fully automated decision without a legal basis free of discretion blocks Pilot or later
 * (GDPR Art. 22, § 35a VwVfG: the city's strategy excludes autonomous systems).</li>
 * </ol>
 * Asked before the dialogue's rule 3: without a valid assessment, the dialogue's state is not the first problem.
 */
@Component
@Order(10)
class AssessmentPhaseGuard implements PhaseGuard {

    private static final Set<Phase> AFTER_FEASIBILITY = EnumSet.of(Phase.SPECIFICATION_DIALOGUE, Phase.PILOT,
            Phase.PRODUCTION);
    private static final Set<Phase> PILOT_OR_LATER = EnumSet.of(Phase.PILOT, Phase.PRODUCTION);

    private final Assessments assessments;

    AssessmentPhaseGuard(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public Optional<PhaseBlock> check(UseCaseSnapshot useCase, Phase target) {
        Optional<RecordedAssessment> current = assessments.current(useCase.reference());
        if (AFTER_FEASIBILITY.contains(target) && current.isPresent()
                && current.get().outcome() == RiskTier.PROHIBITED) {
            // Stale or not: the latest knowledge says the practice is prohibited until a new assessment says otherwise.
            return Optional.of(new PhaseBlock("phase.blocked.prohibited",
                    String.join(", ", current.get().result().prohibitedPractices())));
        }
        if (!PILOT_OR_LATER.contains(target)) {
            return Optional.empty();
        }
        if (current.isEmpty()) {
            return Optional.of(new PhaseBlock("phase.blocked.assessmentMissing"));
        }
        RecordedAssessment assessment = current.get();
        if (assessment.isStale()) {
            return Optional.of(new PhaseBlock("phase.blocked.assessmentStale"));
        }
        if (Boolean.TRUE.equals(assessment.result().automationBlocked())) {
            return Optional.of(new PhaseBlock("phase.blocked.automation"));
        }
        return Optional.empty();
    }
}

package de.kiregister.classification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved risk assessments of use cases. Append-only (rule 7, docs/rules.md): a new assessment supersedes the
 * previous one, nothing is ever overwritten; a material change of the use case marks the current one stale.
 */
public interface Assessments {

    /**
     * Evaluates the answers with the catalogue in force and saves them as the use case's new current assessment
     * (KI-Hub only); the previous one is superseded in the same transaction. Publishes {@link AssessmentRecorded}.
     *
     * @param answers question id to answer as for {@link Classification#evaluate(Map)}; {@code null} = not answered
     * @param rationales question id to free-text rationale; blank texts are dropped
     * @throws de.kiregister.shared.NotFoundException when the use case does not exist
     * @throws InvalidAnswersException when an answer or a rationale names an unknown question, or a value is invalid
     * @throws de.kiregister.shared.DomainRuleViolation {@code assessment.incomplete} with the missing question ids
     *         (joined by ", ") when an answer needed on the path is missing
     */
    RecordedAssessment assess(String reference, Map<String, ?> answers, Map<String, String> rationales);

    /** The latest (not superseded) assessment of the use case, stale or not; empty when there is none. */
    Optional<RecordedAssessment> current(String reference);

    /**
     * The latest assessments of these use cases by reference, in one query (use cases without one are left out);
     * for lists of other modules.
     */
    Map<String, RecordedAssessment> current(Collection<String> references);

    /** Every assessment of the use case, newest first. */
    List<RecordedAssessment> history(String reference);
}

package de.kiregister.classification.assessment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.kiregister.classification.AssessmentRecorded;
import de.kiregister.classification.Assessments;
import de.kiregister.classification.Catalogue;
import de.kiregister.classification.Classification;
import de.kiregister.classification.EvaluationResult;
import de.kiregister.classification.InvalidAnswersException;
import de.kiregister.classification.InvalidAnswersException.AnswerError;
import de.kiregister.classification.RecordedAssessment;
import de.kiregister.identity.CurrentUser;
import de.kiregister.register.RiskTiers;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import de.kiregister.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Assessments} on PostgreSQL. Writes are KI-Hub only (method security); reading is open to every user. */
@Service
@Transactional(readOnly = true)
public class AssessmentService implements Assessments {

    /** Upper bound of one rationale, so a pasted document does not end up in the dossier by accident. */
    static final int MAX_RATIONALE_LENGTH = 4000;

    private final AssessmentRepository assessments;
    private final Classification classification;
    private final UseCaseDirectory useCases;
    private final RiskTiers riskTiers;
    private final ApplicationEventPublisher events;

    AssessmentService(AssessmentRepository assessments, Classification classification, UseCaseDirectory useCases,
            RiskTiers riskTiers, ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.classification = classification;
        this.useCases = useCases;
        this.riskTiers = riskTiers;
        this.events = events;
    }

    @Override
    @PreAuthorize("hasRole('KI_HUB')")
    @Transactional
    public RecordedAssessment assess(String reference, Map<String, ?> answers, Map<String, String> rationales) {
        if (useCases.findByReference(reference).isEmpty()) {
            throw new NotFoundException("use case " + reference);
        }
        EvaluationResult result = classification.evaluate(answers);
        Map<String, String> checkedRationales = checkedRationales(classification.catalogue(), rationales);
        if (!result.complete()) {
            throw new DomainRuleViolation("assessment.incomplete", String.join(", ", result.missing()));
        }
        String assessedBy = CurrentUser.username()
                .orElseThrow(() -> new AccessDeniedException("an assessment needs a signed-in user"));
        // PostgreSQL keeps microseconds; truncating here makes the saved and the returned instant the same.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Assessment next = new Assessment(reference, answeredOnly(answers), checkedRationales, result, assessedBy,
                now);
        assessments.findByUseCaseReferenceAndSupersededAtIsNull(reference).ifPresent(previous -> {
            previous.supersede(next.id(), now);
            // Flushed before the insert: the unique index allows one not-superseded assessment per use case.
            assessments.saveAndFlush(previous);
        });
        assessments.saveAndFlush(next);
        riskTiers.record(reference, next.outcome(), false, now);
        events.publishEvent(new AssessmentRecorded(reference, next.outcome(), result.catalogueVersion()));
        return next.toRecord();
    }

    @Override
    public Optional<RecordedAssessment> current(String reference) {
        return assessments.findByUseCaseReferenceAndSupersededAtIsNull(reference).map(Assessment::toRecord);
    }

    @Override
    public Map<String, RecordedAssessment> current(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return assessments.findByUseCaseReferenceInAndSupersededAtIsNull(Set.copyOf(references)).stream()
                .map(Assessment::toRecord)
                .collect(Collectors.toMap(RecordedAssessment::reference, Function.identity()));
    }

    @Override
    public List<RecordedAssessment> history(String reference) {
        return assessments.findByUseCaseReferenceOrderByAssessedAtDesc(reference).stream()
                .map(Assessment::toRecord).toList();
    }

    /**
     * Marks the current assessment of the use case stale (called for a material change of the use case).
     *
     * @return whether there was a current assessment that changed
     */
    @Transactional
    public boolean markStale(String reference, Set<String> fields) {
        return assessments.findByUseCaseReferenceAndSupersededAtIsNull(reference)
                .filter(current -> current.markStale(fields, Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .map(current -> {
                    riskTiers.record(reference, current.outcome(), true, current.toRecord().assessedAt());
                    return true;
                })
                .orElse(false);
    }

    private static Map<String, Object> answeredOnly(Map<String, ?> answers) {
        Map<String, Object> answered = new LinkedHashMap<>();
        answers.forEach((id, value) -> {
            if (value != null) {
                answered.put(id, value);
            }
        });
        return answered;
    }

    /**
     * Rationales belong to catalogue questions; blank ones are dropped, overlong ones refused. JSON can carry
     * control characters a form never does: they go, as they do for form input.
     */
    private static Map<String, String> checkedRationales(Catalogue catalogue, Map<String, String> rationales) {
        List<AnswerError> errors = new ArrayList<>();
        Map<String, String> checked = new LinkedHashMap<>();
        rationales.forEach((id, raw) -> {
            String text = Texts.withoutControlCharacters(raw);
            if (catalogue.question(id).isEmpty()) {
                errors.add(new AnswerError(id, "Begründung zu unbekannter Frage \"" + id + "\". Gültige Fragen: "
                        + String.join(", ", catalogue.questionIds()) + "."));
            } else if (text != null && text.strip().length() > MAX_RATIONALE_LENGTH) {
                errors.add(new AnswerError(id, "Die Begründung zu Frage " + id + " ist zu lang (höchstens "
                        + MAX_RATIONALE_LENGTH + " Zeichen)."));
            } else if (text != null && !text.isBlank()) {
                checked.put(id, text.strip());
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        return checked;
    }
}

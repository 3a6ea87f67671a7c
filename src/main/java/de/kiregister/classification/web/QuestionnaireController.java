package de.kiregister.classification.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.Catalogue;
import de.kiregister.classification.Classification;
import de.kiregister.classification.EvaluationResult;
import de.kiregister.classification.ExplanationStep;
import de.kiregister.classification.Question;
import de.kiregister.classification.RecordedAssessment;
import de.kiregister.classification.evaluation.AnsweredQuestion;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guided questionnaire: one question at a time, only the questions the path needs (the catalogue's evaluation
 * names the next one), then a summary before saving. All answers travel in the form as hidden fields
 * ({@code a.D1}, {@code r.D1}), so nothing is kept on the server between steps, going back loses nothing, and the
 * page works without JavaScript; htmx only swaps the questionnaire in place.
 */
@Controller
@RequestMapping("/use-cases/{reference}/classification/questionnaire")
class QuestionnaireController {

    private static final String ANSWER = "a.";
    private static final String RATIONALE = "r.";
    private static final int MAX_RATIONALE = 4000;

    private final UseCaseDirectory useCases;
    private final Classification classification;
    private final Assessments assessments;

    QuestionnaireController(UseCaseDirectory useCases, Classification classification, Assessments assessments) {
        this.useCases = useCases;
        this.classification = classification;
        this.assessments = assessments;
    }

    /** Starts from the current assessment's answers, so a re-classification changes only what changed. */
    @GetMapping
    String start(@PathVariable String reference, Model model) {
        UseCaseSnapshot useCase = useCase(reference);
        QuestionnaireState state = new QuestionnaireState(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
        assessments.current(reference).ifPresent(current -> prefill(state, current));
        return next(useCase, state, null, model);
    }

    @PostMapping
    String step(@PathVariable String reference, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "next") String action, Model model, RedirectAttributes redirect) {
        UseCaseSnapshot useCase = useCase(reference);
        QuestionnaireState state = state(form);
        if (action.startsWith("edit:")) {
            return question(useCase, state, action.substring("edit:".length()), false, model);
        }
        switch (action) {
            case "back" -> {
                if (state.trail().isEmpty()) {
                    return next(useCase, state, null, model);
                }
                String previous = state.trail().removeLast();
                return question(useCase, state, previous, false, model);
            }
            case "save" -> {
                return save(useCase, state, model, redirect);
            }
            default -> {
                String questionId = form.getFirst("question");
                Question question = questionId == null ? null : catalogue().question(questionId).orElse(null);
                if (question == null) {
                    return next(useCase, state, null, model);
                }
                String answer = form.getFirst("answer");
                if (answer == null || parse(question, answer) == null) {
                    return question(useCase, state, question.id(), true, model);
                }
                state.answers().put(question.id(), answer);
                putRationale(state, question.id(), form.getFirst("rationale"));
                state.trail().remove(question.id());
                state.trail().add(question.id());
                return next(useCase, state, null, model);
            }
        }
    }

    private String save(UseCaseSnapshot useCase, QuestionnaireState state, Model model, RedirectAttributes redirect) {
        EvaluationResult result = classification.evaluate(typedAnswers(state));
        if (!result.complete()) {
            return next(useCase, state, null, model);
        }
        // Only what the path used is part of the dossier: answers to questions the path skipped are dropped.
        Set<String> onPath = result.explanation().stream().map(ExplanationStep::question).collect(Collectors.toSet());
        Map<String, Object> answers = new LinkedHashMap<>(typedAnswers(state));
        answers.keySet().retainAll(onPath);
        Map<String, String> rationales = new LinkedHashMap<>(state.rationales());
        rationales.keySet().retainAll(onPath);
        try {
            assessments.assess(useCase.reference(), answers, rationales);
        } catch (DomainRuleViolation e) {
            return next(useCase, state, e, model);
        }
        redirect.addFlashAttribute("success", "classification.saved");
        return "redirect:/use-cases/" + useCase.reference() + "/classification";
    }

    /** Shows the next question the path needs, or the summary when nothing is missing. */
    private String next(UseCaseSnapshot useCase, QuestionnaireState state, @Nullable DomainRuleViolation error, Model model) {
        EvaluationResult result = classification.evaluate(typedAnswers(state));
        if (!result.missing().isEmpty()) {
            return question(useCase, state, result.missing().getFirst(), false, model);
        }
        model.addAttribute("useCase", useCase);
        model.addAttribute("state", state);
        model.addAttribute("result", result);
        model.addAttribute("steps", result.explanation().stream()
                .map(step -> AnsweredQuestion.of(catalogue(), step, state.rationales().get(step.question())))
                .toList());
        model.addAttribute("saveError", error);
        return "classification/questionnaire";
    }

    private String question(UseCaseSnapshot useCase, QuestionnaireState state, String questionId, boolean missingAnswer,
            Model model) {
        Question question = catalogue().question(questionId)
                .orElseThrow(() -> new NotFoundException("question " + questionId));
        model.addAttribute("useCase", useCase);
        model.addAttribute("state", state);
        model.addAttribute("question", question);
        model.addAttribute("selected", state.answers().get(question.id()));
        model.addAttribute("rationale", state.rationales().getOrDefault(question.id(), ""));
        model.addAttribute("missingAnswer", missingAnswer);
        model.addAttribute("annexIII", catalogue().annexIII());
        model.addAttribute("answeredCount", state.trail().size());
        return "classification/questionnaire";
    }

    private UseCaseSnapshot useCase(String reference) {
        return useCases.findByReference(reference).orElseThrow(() -> new NotFoundException("use case " + reference));
    }

    private Catalogue catalogue() {
        return classification.catalogue();
    }

    private void prefill(QuestionnaireState state, RecordedAssessment current) {
        current.answers().forEach((id, value) -> state.answers().put(id, String.valueOf(value)));
        state.rationales().putAll(current.rationales());
    }

    /** Reads the hidden fields; values the catalogue does not allow (a tampered form) are simply asked again. */
    private QuestionnaireState state(MultiValueMap<String, String> form) {
        QuestionnaireState state = new QuestionnaireState(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
        form.forEach((name, values) -> {
            String value = values.isEmpty() ? null : values.getFirst();
            if (value == null) {
                return;
            }
            if (name.startsWith(ANSWER)) {
                String id = name.substring(ANSWER.length());
                catalogue().question(id).filter(q -> parse(q, value) != null)
                        .ifPresent(q -> state.answers().put(id, value));
            } else if (name.startsWith(RATIONALE)) {
                putRationale(state, name.substring(RATIONALE.length()), value);
            }
        });
        String trail = form.getFirst("trail");
        if (trail != null && !trail.isBlank()) {
            Arrays.stream(trail.split(",")).filter(state.answers()::containsKey).forEach(state.trail()::add);
        }
        return state;
    }

    private void putRationale(QuestionnaireState state, String questionId, @Nullable String text) {
        if (catalogue().question(questionId).isEmpty()) {
            return;
        }
        if (text == null || text.isBlank()) {
            state.rationales().remove(questionId);
        } else {
            String stripped = text.strip();
            state.rationales().put(questionId,
                    stripped.length() > MAX_RATIONALE ? stripped.substring(0, MAX_RATIONALE) : stripped);
        }
    }

    private Map<String, Object> typedAnswers(QuestionnaireState state) {
        Map<String, Object> typed = new LinkedHashMap<>();
        state.answers().forEach((id, value) -> catalogue().question(id)
                .map(q -> parse(q, value))
                .ifPresent(parsed -> typed.put(id, parsed)));
        return typed;
    }

    private static @Nullable Object parse(Question question, String value) {
        Object parsed = switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> value;
        };
        return question.allows(parsed) ? parsed : null;
    }
}

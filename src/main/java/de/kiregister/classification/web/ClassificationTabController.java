package de.kiregister.classification.web;

import java.util.List;
import java.util.Optional;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.Classification;
import de.kiregister.classification.RecordedAssessment;
import de.kiregister.classification.obligation.ObligationService;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Einstufung" tab of a use case: the current risk assessment with its obligations and dates, whether it is
 * stale, and every earlier assessment. Readable by every role; assessing happens through the API for now.
 */
@Controller
class ClassificationTabController {

    private final UseCaseDirectory useCases;
    private final Assessments assessments;
    private final Classification classification;
    private final ObligationService obligations;

    ClassificationTabController(UseCaseDirectory useCases, Assessments assessments, Classification classification,
            ObligationService obligations) {
        this.useCases = useCases;
        this.assessments = assessments;
        this.classification = classification;
        this.obligations = obligations;
    }

    @GetMapping("/use-cases/{reference}/classification")
    String tab(@PathVariable String reference, Model model) {
        UseCaseSnapshot useCase = useCaseOrNotFound(reference);
        model.addAttribute("useCase", useCase);
        model.addAttribute("current", assessments.current(reference).orElse(null));
        model.addAttribute("history", assessments.history(reference));
        model.addAttribute("obligations", obligations.of(reference));
        return "classification/tab";
    }

    /**
     * What changed between two assessments of the use case: every answer that differs (including questions only
     * one of them asked) and the outcome. Unknown or foreign ids show the tab instead of an error.
     */
    @GetMapping("/use-cases/{reference}/classification/diff")
    String diff(@PathVariable String reference, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Model model) {
        List<RecordedAssessment> history = assessments.history(reference);
        Optional<RecordedAssessment> older = find(history, from);
        Optional<RecordedAssessment> newer = find(history, to);
        if (older.isEmpty() || newer.isEmpty()) {
            return "redirect:/use-cases/" + useCaseOrNotFound(reference).reference() + "/classification";
        }
        model.addAttribute("useCase", useCaseOrNotFound(reference));
        model.addAttribute("older", older.get());
        model.addAttribute("newer", newer.get());
        model.addAttribute("changes", AssessmentDiff.between(classification.catalogue(), older.get(), newer.get()));
        return "classification/diff";
    }

    private static Optional<RecordedAssessment> find(List<RecordedAssessment> history, @Nullable String id) {
        return history.stream().filter(a -> a.id().toString().equals(id)).findFirst();
    }

    private UseCaseSnapshot useCaseOrNotFound(String reference) {
        return useCases.findByReference(reference).orElseThrow(() -> new NotFoundException("use case " + reference));
    }
}

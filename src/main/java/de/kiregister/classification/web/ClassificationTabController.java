package de.kiregister.classification.web;

import de.kiregister.classification.Assessments;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "Einstufung" tab of a use case: the current risk assessment with its obligations and dates, whether it is
 * stale, and every earlier assessment. Readable by every role; assessing happens through the API for now.
 */
@Controller
class ClassificationTabController {

    private final UseCaseDirectory useCases;
    private final Assessments assessments;

    ClassificationTabController(UseCaseDirectory useCases, Assessments assessments) {
        this.useCases = useCases;
        this.assessments = assessments;
    }

    @GetMapping("/use-cases/{reference}/classification")
    String tab(@PathVariable String reference, Model model) {
        UseCaseSnapshot useCase = useCases.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("use case " + reference));
        model.addAttribute("useCase", useCase);
        model.addAttribute("current", assessments.current(reference).orElse(null));
        model.addAttribute("history", assessments.history(reference));
        return "classification/tab";
    }
}

package de.kiregister.publication.web;

import java.util.Map;

import de.kiregister.publication.domain.PublicField;
import de.kiregister.publication.domain.Publication;
import de.kiregister.publication.domain.PublicationService;
import de.kiregister.publication.domain.PublicationSettings;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
 * KI-Hub's "Veröffentlichung" tab of a use case: what the public entry would show now, the choice per field, the
 * history of versions and withdrawals (with names and reasons, internal), publish and withdraw. KI-Hub only (URL
 * rule and method security in the service).
 */
@Controller
@RequestMapping("/use-cases/{reference}/publication")
class PublicationTabController {

    private final UseCaseDirectory useCases;
    private final PublicationService publications;
    private final PublicationSettings settings;

    PublicationTabController(UseCaseDirectory useCases, PublicationService publications,
            PublicationSettings settings) {
        this.useCases = useCases;
        this.publications = publications;
        this.settings = settings;
    }

    @GetMapping
    String tab(@PathVariable String reference, Model model) {
        PublicationService.Status status = publications.status(reference);
        return show(useCase(reference), status, PublicationForm.of(status.latestVersion(), status.withheld()),
                Map.of(), model);
    }

    @PostMapping
    String publish(@PathVariable String reference, @RequestParam MultiValueMap<String, String> parameters,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UseCaseSnapshot useCase = useCase(reference);
        PublicationForm form = PublicationForm.from(parameters);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(useCase, publications.status(reference), form, problems, model);
        }
        try {
            Publication publication = publications.publish(reference, form.basedOnVersion(),
                    form.withheldReasons());
            redirect.addFlashAttribute("success", "publication.published");
            redirect.addFlashAttribute("publishedVersion", publication.version());
            return "redirect:/use-cases/" + reference + "/publication";
        } catch (DomainRuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("publishError", e.messageKey());
            model.addAttribute("publishErrorArguments", e.arguments());
            return show(useCase, publications.status(reference), form, problems, model);
        }
    }

    @PostMapping("/withdrawal")
    String withdraw(@PathVariable String reference, @RequestParam(defaultValue = "") String version,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UseCaseSnapshot useCase = useCase(reference);
        try {
            publications.withdraw(reference, parse(version), reason);
            redirect.addFlashAttribute("success", "publication.withdrawn");
            return "redirect:/use-cases/" + reference + "/publication";
        } catch (DomainRuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            PublicationService.Status status = publications.status(reference);
            model.addAttribute("withdrawError", e.messageKey());
            model.addAttribute("withdrawErrorArguments", e.arguments());
            model.addAttribute("withdrawReason", reason);
            return show(useCase, status, PublicationForm.of(status.latestVersion(), status.withheld()), Map.of(),
                    model);
        }
    }

    private String show(UseCaseSnapshot useCase, PublicationService.Status status, PublicationForm form,
            Map<String, String> problems, Model model) {
        model.addAttribute("useCase", useCase);
        model.addAttribute("status", status);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("fields", PublicField.values());
        model.addAttribute("contactEmail", settings.contactEmail());
        model.addAttribute("maxReasonLength", Publication.MAX_REASON_LENGTH);
        return "publication/tab";
    }

    private UseCaseSnapshot useCase(String reference) {
        return useCases.findByReference(reference).orElseThrow(() -> new NotFoundException("use case " + reference));
    }

    private static int parse(@Nullable String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

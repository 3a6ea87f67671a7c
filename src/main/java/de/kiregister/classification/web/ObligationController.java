package de.kiregister.classification.web;

import java.time.LocalDate;

import de.kiregister.classification.ObligationState;
import de.kiregister.classification.obligation.ObligationService;
import de.kiregister.classification.obligation.ObligationService.TrackedObligation;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** KI-Hub records where the city stands with one obligation: status, reason, evidence, due date. */
@Controller
@RequestMapping("/use-cases/{reference}/classification/obligations/{code}")
class ObligationController {

    private final UseCaseDirectory useCases;
    private final ObligationService obligations;

    ObligationController(UseCaseDirectory useCases, ObligationService obligations) {
        this.useCases = useCases;
        this.obligations = obligations;
    }

    static class ObligationForm {
        @NotNull
        private @Nullable ObligationState state;

        @Size(max = 2000)
        private @Nullable String reason;

        @Size(max = 2000)
        private @Nullable String evidence;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate dueDate;

        public @Nullable ObligationState getState() { return state; }
        public void setState(@Nullable ObligationState state) { this.state = state; }
        public @Nullable String getReason() { return reason; }
        public void setReason(@Nullable String reason) { this.reason = reason; }
        public @Nullable String getEvidence() { return evidence; }
        public void setEvidence(@Nullable String evidence) { this.evidence = evidence; }
        public @Nullable LocalDate getDueDate() { return dueDate; }
        public void setDueDate(@Nullable LocalDate dueDate) { this.dueDate = dueDate; }
    }

    @GetMapping
    String form(@PathVariable String reference, @PathVariable String code, Model model) {
        TrackedObligation tracked = tracked(reference, code);
        ObligationForm form = new ObligationForm();
        form.setState(tracked.state());
        form.setReason(tracked.reason());
        form.setEvidence(tracked.evidence());
        form.setDueDate(tracked.dueDate());
        return page(useCase(reference), tracked, form, model);
    }

    @PostMapping
    String save(@PathVariable String reference, @PathVariable String code,
            @Valid @ModelAttribute("form") ObligationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        TrackedObligation tracked = tracked(reference, code);
        if (!binding.hasErrors()) {
            try {
                obligations.record(reference, code, form.getState(), form.getReason(), form.getEvidence(),
                        form.getDueDate());
                redirect.addFlashAttribute("success", "obligation.saved");
                return "redirect:/use-cases/" + reference + "/classification";
            } catch (DomainRuleViolation e) {
                binding.rejectValue("reason", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return page(useCase(reference), tracked, form, model);
    }

    private String page(UseCaseSnapshot useCase, TrackedObligation tracked, ObligationForm form, Model model) {
        model.addAttribute("useCase", useCase);
        model.addAttribute("tracked", tracked);
        model.addAttribute("form", form);
        model.addAttribute("states", ObligationState.values());
        return "classification/obligation";
    }

    private TrackedObligation tracked(String reference, String code) {
        return obligations.of(reference).stream()
                .filter(t -> t.obligation().code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("obligation " + code + " of " + reference));
    }

    private UseCaseSnapshot useCase(String reference) {
        return useCases.findByReference(reference).orElseThrow(() -> new NotFoundException("use case " + reference));
    }
}

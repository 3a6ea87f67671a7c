package de.kiregister.roadmap.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import de.kiregister.roadmap.domain.ChangedConcurrently;
import de.kiregister.roadmap.domain.Milestone;
import de.kiregister.roadmap.domain.MilestoneService;
import de.kiregister.roadmap.domain.Prioritisation;
import de.kiregister.roadmap.domain.UseCaseAccess;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Meilensteine" tab of a use case (readable by every signed-in role) with the forms to add and move
 * milestones (owner and KI-Hub), and the prioritisation: the score's breakdown and KI-Hub's rating.
 */
@Controller
@RequestMapping("/use-cases/{reference}")
class MilestoneController {

    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("milestone.name", "name");
        FIELDS.put("milestone.actual", "actualDate");
        FIELDS.put("milestone.cancel", "note");
        FIELDS.put("milestone.note", "note");
        FIELDS.put("milestone.replan", "plannedDate");
        FIELDS.put("milestone.status", "status");
        FIELDS.put("milestone.closed", "status");
    }

    private final MilestoneService milestones;
    private final Prioritisation prioritisation;
    private final UseCaseAccess access;

    MilestoneController(MilestoneService milestones, Prioritisation prioritisation, UseCaseAccess access) {
        this.milestones = milestones;
        this.prioritisation = prioritisation;
        this.access = access;
    }

    @GetMapping("/milestones")
    String tab(@PathVariable String reference, Model model) {
        UseCaseSnapshot useCase = access.useCase(reference);
        model.addAttribute("useCase", useCase);
        model.addAttribute("milestones", milestones.of(reference));
        model.addAttribute("today", milestones.today());
        model.addAttribute("mayMaintain", access.mayMaintain(useCase));
        model.addAttribute("mayRate", milestones.mayReplan());
        model.addAttribute("priority", prioritisation.breakdown(reference));
        return "roadmap/milestones";
    }

    @GetMapping("/milestones/new")
    String newForm(@PathVariable String reference, Model model) {
        UseCaseSnapshot useCase = requireMayMaintain(reference);
        return form(useCase, new MilestoneForm(), null, model);
    }

    @PostMapping("/milestones")
    String create(@PathVariable String reference, @Valid @ModelAttribute("form") MilestoneForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        UseCaseSnapshot useCase = requireMayMaintain(reference);
        if (binding.hasErrors()) {
            return form(useCase, form, null, model);
        }
        try {
            milestones.create(reference, form.getType(), form.getName(), form.getPlannedDate(),
                    form.getForecastDate());
        } catch (DomainRuleViolation e) {
            FieldErrors.reject(binding, e, FIELDS);
            return form(useCase, form, null, model);
        }
        redirect.addFlashAttribute("success", "milestone.created");
        return "redirect:/use-cases/" + reference + "/milestones";
    }

    @GetMapping("/milestones/{id}/edit")
    String editForm(@PathVariable String reference, @PathVariable UUID id, Model model) {
        UseCaseSnapshot useCase = requireMayMaintain(reference);
        Milestone milestone = milestones.byId(reference, id);
        return form(useCase, MilestoneForm.of(milestone), milestone, model);
    }

    @PostMapping("/milestones/{id}")
    String update(@PathVariable String reference, @PathVariable UUID id,
            @Valid @ModelAttribute("form") MilestoneForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        UseCaseSnapshot useCase = requireMayMaintain(reference);
        Milestone milestone = milestones.byId(reference, id);
        if (binding.hasErrors()) {
            return form(useCase, form, milestone, model);
        }
        try {
            milestones.update(reference, id, form.getVersion(), new MilestoneService.Change(form.getPlannedDate(),
                    form.getForecastDate(), form.getStatus(), form.getActualDate(), form.getNote()));
        } catch (ChangedConcurrently e) {
            model.addAttribute("conflict", e);
            form.setVersion(e.currentVersion());
            return form(useCase, form, milestones.byId(reference, id), model);
        } catch (DomainRuleViolation e) {
            FieldErrors.reject(binding, e, FIELDS);
            return form(useCase, form, milestone, model);
        }
        redirect.addFlashAttribute("success", "milestone.saved");
        return "redirect:/use-cases/" + reference + "/milestones";
    }

    /** KI-Hub's rating of strategic fit and reuse potential; bad values come back as a message at the section. */
    @PostMapping("/priority")
    String rate(@PathVariable String reference, @RequestParam(required = false) @Nullable Integer strategicFit,
            @RequestParam(required = false) @Nullable Integer reuse, @RequestParam long version,
            RedirectAttributes redirect) {
        access.useCase(reference);
        try {
            if (strategicFit == null || reuse == null) {
                throw new DomainRuleViolation("priority.rating.range");
            }
            prioritisation.rate(reference, version, strategicFit, reuse);
            redirect.addFlashAttribute("success", "priority.rated");
        } catch (ChangedConcurrently e) {
            redirect.addFlashAttribute("priorityError", "priority.changedMeanwhile");
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("priorityError", e.messageKey());
        }
        return "redirect:/use-cases/" + reference + "/milestones#priority";
    }

    private UseCaseSnapshot requireMayMaintain(String reference) {
        UseCaseSnapshot useCase = access.useCase(reference);
        if (!access.mayMaintain(useCase)) {
            throw new AccessDeniedException("not responsible for " + reference);
        }
        return useCase;
    }

    private String form(UseCaseSnapshot useCase, MilestoneForm form, @Nullable Milestone milestone, Model model) {
        model.addAttribute("useCase", useCase);
        model.addAttribute("form", form);
        model.addAttribute("milestone", milestone);
        model.addAttribute("types", MilestoneType.values());
        model.addAttribute("statuses", MilestoneStatus.values());
        model.addAttribute("mayReplan", milestones.mayReplan() || milestone == null);
        return "roadmap/milestone-form";
    }
}

package de.kiregister.roadmap.web;

import de.kiregister.roadmap.domain.ChangedConcurrently;
import de.kiregister.roadmap.domain.Prioritisation;
import de.kiregister.roadmap.domain.PriorityScore;
import de.kiregister.roadmap.domain.PriorityWeights;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN keeps the weights of the prioritisation criteria; saving recomputes every score. */
@Controller
@RequestMapping("/admin/priority-weights")
class PriorityWeightsController {

    private final Prioritisation prioritisation;

    PriorityWeightsController(Prioritisation prioritisation) {
        this.prioritisation = prioritisation;
    }

    /** The form: one weight (0–10) per criterion. */
    static class WeightsForm {
        @NotNull @Min(0) @Max(10) private @Nullable Integer strategicFit;
        @NotNull @Min(0) @Max(10) private @Nullable Integer benefit;
        @NotNull @Min(0) @Max(10) private @Nullable Integer effort;
        @NotNull @Min(0) @Max(10) private @Nullable Integer risk;
        @NotNull @Min(0) @Max(10) private @Nullable Integer reuse;
        private long version;

        static WeightsForm of(PriorityWeights stored) {
            WeightsForm form = new WeightsForm();
            PriorityScore.Weights w = stored.weights();
            form.strategicFit = w.strategicFit();
            form.benefit = w.benefit();
            form.effort = w.effort();
            form.risk = w.risk();
            form.reuse = w.reuse();
            form.version = stored.version();
            return form;
        }

        public @Nullable Integer getStrategicFit() {
            return strategicFit;
        }

        public void setStrategicFit(@Nullable Integer strategicFit) {
            this.strategicFit = strategicFit;
        }

        public @Nullable Integer getBenefit() {
            return benefit;
        }

        public void setBenefit(@Nullable Integer benefit) {
            this.benefit = benefit;
        }

        public @Nullable Integer getEffort() {
            return effort;
        }

        public void setEffort(@Nullable Integer effort) {
            this.effort = effort;
        }

        public @Nullable Integer getRisk() {
            return risk;
        }

        public void setRisk(@Nullable Integer risk) {
            this.risk = risk;
        }

        public @Nullable Integer getReuse() {
            return reuse;
        }

        public void setReuse(@Nullable Integer reuse) {
            this.reuse = reuse;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", WeightsForm.of(prioritisation.weights()));
        return "admin/priority-weights";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") WeightsForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "admin/priority-weights";
        }
        try {
            prioritisation.changeWeights(form.getVersion(), new PriorityScore.Weights(form.getStrategicFit(),
                    form.getBenefit(), form.getEffort(), form.getRisk(), form.getReuse()));
        } catch (ChangedConcurrently e) {
            model.addAttribute("conflict", e);
            form.setVersion(e.currentVersion());
            return "admin/priority-weights";
        } catch (DomainRuleViolation e) {
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
            return "admin/priority-weights";
        }
        redirect.addFlashAttribute("success", "priority.weights.saved");
        return "redirect:/admin/priority-weights";
    }
}

package de.kiregister.register.web;

import java.util.UUID;

import de.kiregister.register.domain.DepartmentService;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN keeps the list of Fachämter. */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private final DepartmentService departments;

    DepartmentAdminController(DepartmentService departments) {
        this.departments = departments;
    }

    static class DepartmentForm {
        @NotBlank
        @Size(max = 20)
        private String code = "";

        @NotBlank
        @Size(max = 200)
        private String name = "";

        private boolean active = true;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
    }

    @GetMapping
    String list(Model model) {
        return page(new DepartmentForm(), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(form, model);
        }
        try {
            departments.create(form.getCode(), form.getName());
        } catch (DomainRuleViolation e) {
            binding.rejectValue("code", e.messageKey(), e.arguments(), e.messageKey());
            return page(form, model);
        }
        redirect.addFlashAttribute("success", "department.created");
        return "redirect:/admin/departments";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        var department = departments.byId(id);
        DepartmentForm form = new DepartmentForm();
        form.setCode(department.code());
        form.setName(department.name());
        form.setActive(department.active());
        model.addAttribute("department", department);
        model.addAttribute("form", form);
        return "admin/department-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        var department = departments.byId(id);
        if (!binding.hasErrors()) {
            try {
                departments.update(id, form.getCode(), form.getName(), form.isActive());
                redirect.addFlashAttribute("success", "department.saved");
                return "redirect:/admin/departments";
            } catch (DomainRuleViolation e) {
                binding.rejectValue("code", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        model.addAttribute("department", department);
        return "admin/department-form";
    }

    private String page(DepartmentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("departments", departments.all());
        return "admin/departments";
    }
}

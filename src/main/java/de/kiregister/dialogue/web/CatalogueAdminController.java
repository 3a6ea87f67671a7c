package de.kiregister.dialogue.web;

import java.util.UUID;

import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.domain.CatalogueItem;
import de.kiregister.dialogue.domain.CatalogueService;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN keeps the standard item catalogue of the Spezifikationsdialog ("Prüfpunktkatalog"). */
@Controller
@RequestMapping("/admin/dialogue-catalogue")
class CatalogueAdminController {

    private final CatalogueService catalogue;

    CatalogueAdminController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    /** What the edit form changes; party and code identify an entry and stay fixed. */
    static class EntryForm {
        @NotBlank
        @Size(max = 200)
        private String title = "";

        @NotBlank
        @Size(max = 4000)
        private String description = "";

        @NotNull
        @Min(1)
        @Max(99)
        private @Nullable Integer position = 1;

        private boolean active = true;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public @Nullable Integer getPosition() { return position; }
        public void setPosition(@Nullable Integer position) { this.position = position; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
    }

    static class NewEntryForm extends EntryForm {
        @NotNull
        private @Nullable Party party;

        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[A-Za-z0-9-]*")
        private String code = "";

        public @Nullable Party getParty() { return party; }
        public void setParty(@Nullable Party party) { this.party = party; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
    }

    @GetMapping
    String list(Model model) {
        return page(new NewEntryForm(), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewEntryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                catalogue.create(form.getParty(), form.getCode(), form.getTitle(), form.getDescription(),
                        form.getPosition());
                redirect.addFlashAttribute("success", "dialogue.catalogue.created");
                return "redirect:/admin/dialogue-catalogue";
            } catch (DomainRuleViolation e) {
                binding.rejectValue("code", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return page(form, model);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        CatalogueItem entry = catalogue.byId(id);
        EntryForm form = new EntryForm();
        form.setTitle(entry.title());
        form.setDescription(entry.description());
        form.setPosition(entry.position());
        form.setActive(entry.active());
        return editPage(entry, form, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") EntryForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        CatalogueItem entry = catalogue.byId(id);
        if (binding.hasErrors()) {
            return editPage(entry, form, model);
        }
        catalogue.update(id, form.getTitle(), form.getDescription(), form.getPosition(), form.isActive());
        redirect.addFlashAttribute("success", "dialogue.catalogue.saved");
        return "redirect:/admin/dialogue-catalogue";
    }

    private String page(NewEntryForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("entries", catalogue.all());
        model.addAttribute("parties", Party.values());
        return "admin/dialogue-catalogue";
    }

    private String editPage(CatalogueItem entry, EntryForm form, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        return "admin/dialogue-catalogue-entry";
    }
}

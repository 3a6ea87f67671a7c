package de.kiregister.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccount;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
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

/** ADMIN manages users and their roles. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccountService users;

    UserAdminController(UserAccountService users) {
        this.users = users;
    }

    static class UserForm {
        @NotBlank
        @Size(max = 50)
        @Pattern(regexp = "[a-z0-9._-]*")
        private String username = "";

        @NotBlank
        @Size(max = 200)
        private String displayName = "";

        @NotBlank
        @Email
        @Size(max = 200)
        private String email = "";

        @Size(max = 200)
        private String password = "";

        @NotEmpty
        private Set<Role> roles = EnumSet.noneOf(Role.class);

        private boolean enabled = true;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> roles) {
            this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.allUsers());
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(new UserForm(), null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (form.getPassword().length() < 12) {
            binding.rejectValue("password", "user.password.tooShort");
        }
        if (binding.hasErrors()) {
            return form(form, null, model);
        }
        try {
            users.create(form.getUsername(), form.getDisplayName(), form.getEmail(), form.getPassword(),
                    form.getRoles());
        } catch (DomainRuleViolation e) {
            binding.rejectValue("username", e.messageKey(), e.arguments(), e.messageKey());
            return form(form, null, model);
        }
        redirect.addFlashAttribute("success", "user.created");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        UserAccount user = users.user(id);
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setEmail(user.email());
        form.setRoles(user.roles());
        form.setEnabled(user.enabled());
        return form(form, user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        UserAccount user = users.user(id);
        form.setUsername(user.username());
        if (binding.hasErrors()) {
            return form(form, user, model);
        }
        users.update(id, form.getDisplayName(), form.getEmail(), form.getRoles(), form.isEnabled());
        redirect.addFlashAttribute("success", "user.saved");
        return "redirect:/admin/users";
    }

    private String form(UserForm form, UserAccount user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("allRoles", Role.values());
        return "admin/user-form";
    }
}

package de.kiregister.register.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import de.kiregister.audit.EntityHistory;
import de.kiregister.identity.Role;
import de.kiregister.identity.UserDirectory;
import de.kiregister.identity.UserSummary;
import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCaseNotices;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.PhaseAction;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseChangedConcurrently;
import de.kiregister.register.domain.UseCaseRow;
import de.kiregister.register.domain.UseCaseSearch;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.shared.DomainRuleViolation;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
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

/** The register: list, detail, create/edit, lifecycle moves, history and CSV export. */
@Controller
@RequestMapping("/use-cases")
class UseCaseController {

    /** Technical properties that would only clutter the "Verlauf" tab. */
    private static final Set<String> HISTORY_IGNORED = Set.of("version", "createdAt", "createdBy", "changedAt",
            "changedBy", "phaseBeforeDeferral");

    private final UseCaseService useCases;
    private final DepartmentService departments;
    private final UserDirectory users;
    private final EntityHistory history;
    private final MessageSource messages;
    private final ObjectProvider<UseCaseNotices> notices;

    UseCaseController(UseCaseService useCases, DepartmentService departments, UserDirectory users,
            EntityHistory history, MessageSource messages, ObjectProvider<UseCaseNotices> notices) {
        this.useCases = useCases;
        this.notices = notices;
        this.departments = departments;
        this.users = users;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping
    String list(SearchParameters parameters, HtmxRequest htmx, Model model) {
        UseCaseSearch search = parameters.toSearch();
        Page<UseCaseRow> page = useCases.search(search);
        if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
            // A page beyond the end (e.g. after narrowing the filter) shows the last page instead of nothing.
            search = search.withPage(Math.max(0, page.getTotalPages() - 1), search.size());
            page = useCases.search(search);
        }
        model.addAttribute("search", search);
        model.addAttribute("params", parameters);
        model.addAttribute("page", page);
        addChoices(model);
        return htmx.isHtmxRequest() ? "use-cases/list :: results" : "use-cases/list";
    }

    @GetMapping(value = "/export.csv")
    void exportCsv(SearchParameters parameters, HttpServletResponse response) throws IOException {
        UseCaseSearch search = parameters.toSearch().withPage(0, UseCaseSearch.MAX_PAGE_SIZE);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"ki-register-" + LocalDate.now() + ".csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = response.getWriter();
        new UseCaseCsv(messages, LocaleContextHolder.getLocale()).write(writer, pageNumber -> useCases
                .search(search.withPage(pageNumber, UseCaseSearch.MAX_PAGE_SIZE)));
        writer.flush();
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UseCaseForm form = new UseCaseForm();
        return showForm(form, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UseCaseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return showForm(form, null, model);
        }
        try {
            UseCase useCase = useCases.register(form.toDetails(), form.getDepartmentId(), form.getOwnerUsername());
            redirect.addFlashAttribute("success", "usecase.created");
            return "redirect:/use-cases/" + useCase.reference();
        } catch (DomainRuleViolation e) {
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
            return showForm(form, null, model);
        }
    }

    @GetMapping("/{reference}")
    String detail(@PathVariable String reference, Model model) {
        UseCase useCase = useCases.byReference(reference);
        model.addAttribute("useCase", useCase);
        model.addAttribute("details", useCase.details());
        model.addAttribute("owner", users.findByUsername(useCase.ownerUsername()).orElse(null));
        model.addAttribute("mayEdit", useCases.mayEdit(useCase));
        model.addAttribute("actions", useCase.availableActions());
        model.addAttribute("notices", notices.orderedStream().flatMap(n -> n.noticesFor(reference).stream()).toList());
        return "use-cases/detail";
    }

    @GetMapping("/{reference}/edit")
    String editForm(@PathVariable String reference, Model model) {
        UseCase useCase = useCases.byReference(reference);
        if (!useCases.mayEdit(useCase)) {
            throw new AccessDeniedException("not allowed to edit");
        }
        return showForm(UseCaseForm.of(useCase), useCase, model);
    }

    @PostMapping("/{reference}")
    String update(@PathVariable String reference, @Valid @ModelAttribute("form") UseCaseForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        UseCase current = useCases.byReference(reference);
        if (!useCases.mayEdit(current)) {
            // Checked before validation, so an invalid post does not hand the form to someone who may not edit.
            throw new AccessDeniedException("not allowed to edit");
        }
        if (binding.hasErrors()) {
            return showForm(form, current, model);
        }
        try {
            useCases.update(reference, form.getVersion(), form.toDetails(), form.getDepartmentId(),
                    form.getOwnerUsername());
            redirect.addFlashAttribute("success", "usecase.saved");
            return "redirect:/use-cases/" + reference;
        } catch (UseCaseChangedConcurrently e) {
            // Keep everything the user typed, show what is stored now, and let them save again on top of it.
            model.addAttribute("conflict", e);
            model.addAttribute("stored", UseCaseForm.of(current));
            form.setVersion(e.currentVersion());
            return showForm(form, current, model);
        } catch (DomainRuleViolation e) {
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
            return showForm(form, current, model);
        }
    }

    @PostMapping("/{reference}/phase")
    String changePhase(@PathVariable String reference, @RequestParam PhaseAction action,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            useCases.changePhase(reference, action, reason);
            redirect.addFlashAttribute("success", "usecase.phase.changed");
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("phaseError", e.messageKey());
            redirect.addFlashAttribute("phaseErrorArguments", e.arguments());
            redirect.addFlashAttribute("phaseErrorAction", action);
        }
        return "redirect:/use-cases/" + reference;
    }

    @GetMapping("/{reference}/history")
    String history(@PathVariable String reference, Model model) {
        UseCase useCase = useCases.byReference(reference);
        model.addAttribute("useCase", useCase);
        model.addAttribute("history", history.historyOf(UseCase.class, useCase.id(), HISTORY_IGNORED));
        return "use-cases/history";
    }

    private String showForm(UseCaseForm form, @Nullable UseCase useCase, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("useCase", useCase);
        model.addAttribute("departments", departments.active());
        model.addAttribute("owners", ownerChoices(form.getOwnerUsername()));
        addChoices(model);
        return "use-cases/form";
    }

    private List<UserSummary> ownerChoices(@Nullable String currentOwner) {
        // Owners are project owners or KI-Hub staff; both may be responsible for a use case. The current owner
        // stays a choice when their account was disabled (they left, changed office): otherwise every edit of
        // the use case would force a handover first.
        Stream<UserSummary> current = currentOwner == null ? Stream.empty()
                : users.findByUsername(currentOwner).stream();
        return Stream.concat(current, Stream.concat(users.usersWithRole(Role.PROJECT_OWNER).stream(),
                        users.usersWithRole(Role.KI_HUB).stream()))
                .distinct()
                .sorted(Comparator.comparing(UserSummary::displayName))
                .toList();
    }

    private void addChoices(Model model) {
        model.addAttribute("allDepartments", departments.all());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("goals", StrategicGoal.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("horizons", Horizon.values());
        model.addAttribute("hostings", Hosting.values());
        model.addAttribute("personalDataKinds", PersonalData.values());
        model.addAttribute("affectedGroups", AffectedGroup.values());
        model.addAttribute("automationLevels", AutomationLevel.values());
        model.addAttribute("sortKeys", UseCaseSearch.SortKey.values());
        model.addAttribute("tiers", RiskTier.values());
    }
}

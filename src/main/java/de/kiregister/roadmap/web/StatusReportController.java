package de.kiregister.roadmap.web;

import java.time.YearMonth;
import java.util.Map;

import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.roadmap.TrafficLight;
import de.kiregister.roadmap.domain.ChangedConcurrently;
import de.kiregister.roadmap.domain.Labels;
import de.kiregister.roadmap.domain.ReportContent;
import de.kiregister.roadmap.domain.ReportingPeriod;
import de.kiregister.roadmap.domain.StatusReport;
import de.kiregister.roadmap.domain.StatusReportService;
import de.kiregister.roadmap.domain.UseCaseAccess;
import de.kiregister.shared.DomainRuleViolation;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Statusberichte" tab: the reports of a use case, newest first with their corrections, whether the report for
 * the month due is missing, and (owner, KI-Hub) the form to file one or correct the month's report explicitly.
 */
@Controller
@RequestMapping("/use-cases/{reference}/reports")
class StatusReportController {

    private static final Map<String, String> FIELDS = Map.of("report.month", "month", "report.correction", "month",
            "report.progress", "progress", "report.summary", "summary", "report.text", "summary");

    private final StatusReportService reports;
    private final UseCaseAccess access;
    private final ReportingPeriod period;
    private final Labels labels;

    StatusReportController(StatusReportService reports, UseCaseAccess access, ReportingPeriod period,
            Labels labels) {
        this.reports = reports;
        this.access = access;
        this.period = period;
        this.labels = labels;
    }

    @GetMapping
    String tab(@PathVariable String reference, Model model) {
        UseCaseSnapshot useCase = access.useCase(reference);
        ReportForm form = new ReportForm();
        form.setMonth(period.dueMonth().toString());
        form.setTrafficLight(TrafficLight.GREEN);
        return page(useCase, form, model);
    }

    @PostMapping
    String file(@PathVariable String reference, @Valid @ModelAttribute("form") ReportForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        UseCaseSnapshot useCase = access.useCase(reference);
        if (!access.mayMaintain(useCase)) {
            throw new AccessDeniedException("not responsible for " + reference);
        }
        if (binding.hasErrors()) {
            return page(useCase, form, model);
        }
        YearMonth month = YearMonth.parse(form.getMonth());
        try {
            reports.file(reference, month, new ReportContent(form.getTrafficLight(), form.getProgress(),
                    form.getSummary(), form.getRisks(), form.getNextSteps()), form.getCorrectedReport());
        } catch (ChangedConcurrently e) {
            model.addAttribute("conflict", e);
            return page(useCase, form, model);
        } catch (DomainRuleViolation e) {
            if (e.messageKey().equals("report.month.exists")) {
                binding.rejectValue("month", e.messageKey(), new Object[] {labels.month(month)}, e.messageKey());
                reports.current(reference, month).ifPresent(r -> model.addAttribute("correctable", r));
            } else {
                FieldErrors.reject(binding, e, FIELDS);
            }
            return page(useCase, form, model);
        }
        redirect.addFlashAttribute("success", "report.filed");
        return "redirect:/use-cases/" + reference + "/reports";
    }

    private String page(UseCaseSnapshot useCase, ReportForm form, Model model) {
        var all = reports.of(useCase.reference());
        StatusReport latest = all.stream().filter(StatusReport::isCurrent).findFirst().orElse(null);
        model.addAttribute("useCase", useCase);
        model.addAttribute("reports", all);
        model.addAttribute("form", form);
        model.addAttribute("lights", TrafficLight.values());
        model.addAttribute("mayMaintain", access.mayMaintain(useCase));
        model.addAttribute("dueMonth", labels.month(period.dueMonth()));
        model.addAttribute("reporting", ReportingPeriod.reports(useCase.phase()));
        model.addAttribute("missing", period.missing(useCase.phase(), latest == null ? null : latest.month()));
        model.addAttribute("labels", labels);
        return "roadmap/reports";
    }
}

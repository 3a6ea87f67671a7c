package de.kiregister.roadmap.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import de.kiregister.identity.CurrentUser;
import de.kiregister.roadmap.domain.Labels;
import de.kiregister.roadmap.domain.PortfolioDashboard;
import de.kiregister.shared.web.DateFormatting;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portfolio dashboard (CAIO, KI-Hub; read by every signed-in role) and its XLSX and PDF exports. */
@Controller
class PortfolioController {

    private final PortfolioDashboard dashboard;
    private final FilterChoices choices;
    private final PortfolioExports exports;
    private final Labels labels;
    private final Clock clock;

    PortfolioController(PortfolioDashboard dashboard, FilterChoices choices, PortfolioExports exports, Labels labels,
            Clock clock) {
        this.dashboard = dashboard;
        this.choices = choices;
        this.exports = exports;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/portfolio")
    String portfolio(RoadmapParameters parameters, Model model) {
        PortfolioDashboard.View view = dashboard.view(parameters.filter());
        model.addAttribute("view", view);
        model.addAttribute("charts", Charts.of(view, labels, LocaleContextHolder.getLocale()));
        model.addAttribute("dueMonth", labels.month(view.dueMonth()));
        choices.addTo(model, parameters);
        return "roadmap/portfolio";
    }

    @GetMapping("/portfolio/export.xlsx")
    void xlsx(RoadmapParameters parameters, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        PortfolioDashboard.View view = dashboard.view(parameters.filter());
        response.setContentType(RoadmapController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("xlsx"));
        exports.xlsx(view, dashboard.useCases(parameters.filter()), locale, response.getOutputStream());
    }

    @GetMapping("/portfolio/report.pdf")
    ResponseEntity<byte[]> pdf(RoadmapParameters parameters) {
        Locale locale = LocaleContextHolder.getLocale();
        PortfolioDashboard.View view = dashboard.view(parameters.filter());
        byte[] document = exports.pdf(view, Charts.of(view, labels, locale), locale,
                CurrentUser.username().orElse(""));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("pdf")).body(document);
    }

    private String attachment(String extension) {
        return "attachment; filename=\"ki-portfolio-" + LocalDate.now(clock.withZone(DateFormatting.ZONE)) + "."
                + extension + "\"";
    }
}

package de.kiregister.roadmap.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import de.kiregister.identity.CurrentUser;
import de.kiregister.roadmap.domain.Roadmap;
import de.kiregister.shared.web.DateFormatting;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The roadmap by quarter (CAIO, KI-Hub; read by every signed-in role): swimlanes, bars, milestones, today line,
 * with the same data as a table, and its XLSX and PDF exports of the current filter.
 */
@Controller
class RoadmapController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Roadmap roadmap;
    private final FilterChoices choices;
    private final RoadmapExports exports;
    private final Clock clock;

    RoadmapController(Roadmap roadmap, FilterChoices choices, RoadmapExports exports, Clock clock) {
        this.roadmap = roadmap;
        this.choices = choices;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/roadmap")
    String roadmap(RoadmapParameters parameters, Model model) {
        Roadmap.Request request = parameters.request();
        model.addAttribute("view", roadmap.view(request));
        model.addAttribute("request", request);
        choices.addTo(model, parameters);
        return "roadmap/roadmap";
    }

    @GetMapping("/roadmap/export.xlsx")
    void xlsx(RoadmapParameters parameters, HttpServletResponse response) throws IOException {
        Roadmap.View view = roadmap.all(parameters.filter(), parameters.grouping(), parameters.sortKey());
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("roadmap", "xlsx"));
        exports.xlsx(view, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @GetMapping("/roadmap/report.pdf")
    ResponseEntity<byte[]> pdf(RoadmapParameters parameters) {
        Roadmap.View view = roadmap.all(parameters.filter(), parameters.grouping(), parameters.sortKey());
        byte[] document = exports.pdf(view, LocaleContextHolder.getLocale(), CurrentUser.username().orElse(""));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("roadmap", "pdf")).body(document);
    }

    private String attachment(String name, String extension) {
        return "attachment; filename=\"ki-" + name + "-" + LocalDate.now(clock.withZone(DateFormatting.ZONE)) + "."
                + extension + "\"";
    }
}

package de.kiregister.publication.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.kiregister.publication.domain.PublicRegister;
import de.kiregister.publication.domain.PublicationSettings;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Open data of the public register: every entry as CSV and JSON, one entry as JSON, and the Atom feed of new and
 * changed entries. Field names and mapping: {@code docs/open-data.md}. Same caching as the pages.
 */
@Controller
@RequestMapping("/register")
@Hidden
class OpenDataController {

    /** The feed lists this many entries, newest publication first. */
    static final int FEED_SIZE = 50;

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** The JSON export: who publishes under which licence, then the entries. */
    record Export(@JsonProperty("organization") String organization,
            @JsonProperty("contact_email") String contactEmail, @JsonProperty("license") String license,
            @JsonProperty("url") String url, @JsonProperty("generated_at") String generatedAt,
            @JsonProperty("count") int count, @JsonProperty("entries") List<OpenDataRecord> entries) {
    }

    private final PublicRegister register;
    private final PublicCaching caching;
    private final PublicationSettings settings;
    private final MessageSource messages;

    OpenDataController(PublicRegister register, PublicCaching caching, PublicationSettings settings,
            MessageSource messages) {
        this.register = register;
        this.caching = caching;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/export.csv")
    void csv(ServletWebRequest request, HttpServletResponse response) throws IOException {
        if (caching.notModified(request)) {
            return;
        }
        response.setContentType(CSV.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"ki-transparenzregister.csv\"");
        Writer writer = response.getWriter();
        OpenDataCsv.write(writer, records());
        writer.flush();
    }

    @GetMapping("/export.json")
    @ResponseBody
    ResponseEntity<Export> json(ServletWebRequest request) {
        if (caching.notModified(request)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        List<OpenDataRecord> entries = records();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Export(settings.organization(), settings.contactEmail(), settings.license(),
                settings.baseUrl() + "/register", java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                        register.lastChange().orElse(Instant.EPOCH)), entries.size(), entries));
    }

    @GetMapping("/{reference}.json")
    @ResponseBody
    ResponseEntity<?> entry(@PathVariable String reference, ServletWebRequest request) {
        if (caching.notModified(request)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        return switch (register.lookup(reference).orElse(null)) {
            case PublicRegister.Published published -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(OpenDataRecord.of(published.entry(), settings));
            case PublicRegister.Withdrawn withdrawn -> problem(HttpStatus.GONE, "Zurückgezogen",
                    "Dieser Eintrag wurde aus dem Transparenzregister zurückgenommen.",
                    Map.of("withdrawn_at", withdrawn.withdrawnAt().toString()));
            case null -> problem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                    "Im Transparenzregister gibt es keinen Eintrag mit dieser Kennung.", Map.of());
        };
    }

    @GetMapping("/feed.atom")
    void feed(ServletWebRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
        if (caching.notModified(request)) {
            return;
        }
        response.setContentType(ATOM.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        new AtomFeed(settings, messages, LocaleContextHolder.getLocale()).write(response.getWriter(),
                register.newest(FEED_SIZE), register.lastChange().orElse(Instant.EPOCH));
    }

    private List<OpenDataRecord> records() {
        return register.all().stream().map(entry -> OpenDataRecord.of(entry, settings)).toList();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        // Cached like the entry it stands for; the caching headers are already set.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

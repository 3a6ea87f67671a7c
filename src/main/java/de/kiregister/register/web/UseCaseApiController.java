package de.kiregister.register.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import de.kiregister.identity.UserDirectory;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.domain.Department;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseSearch;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.register.web.UseCaseApiResponses.UseCaseDetail;
import de.kiregister.register.web.UseCaseApiResponses.UseCasePage;
import de.kiregister.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read API of the register for internal integrations (say, a Digitalmonitor): the list with the filters of the
 * register page, paged, and one use case with everything its page shows. Every signed-in user may read it (HTTP
 * Basic or the browser session), as every signed-in user may read the register. Unlike the pages it is strict: an
 * unknown filter value or an impossible page is a 400 naming what is allowed, never a silently different result.
 */
@RestController
@RequestMapping("/api/use-cases")
@Tag(name = "Register", description = "KI-Anwendungsfälle lesen / read AI use cases")
class UseCaseApiController {

    private final UseCaseService useCases;
    private final DepartmentService departments;
    private final UserDirectory users;

    UseCaseApiController(UseCaseService useCases, DepartmentService departments, UserDirectory users) {
        this.useCases = useCases;
        this.departments = departments;
        this.users = users;
    }

    @GetMapping
    @Operation(operationId = "listUseCases",
            summary = "Anwendungsfälle suchen und filtern / Search and filter use cases",
            description = "Eine Seite des Registers mit Volltextsuche (deutsch) und den Filtern der Registerseite. "
                    + "Unbekannte Filterwerte, eine negative Seite oder eine Seitengröße außerhalb von 1–"
                    + UseCaseSearch.MAX_PAGE_SIZE + " ergeben 400. / A page of the register with German full-text "
                    + "search and the register page's filters. Unknown filter values, a negative page or a page "
                    + "size outside 1–" + UseCaseSearch.MAX_PAGE_SIZE + " give 400.")
    @ApiResponse(responseCode = "200", description = "Seite / page", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UseCasePage.class)))
    @ApiResponse(responseCode = "400", description = "Ungültiger Parameter / invalid parameter", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Nicht angemeldet / not authenticated", content = @Content)
    UseCasePage list(
            @Parameter(description = "Suchbegriffe / search terms") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Phase, z. B. PILOT") @RequestParam(required = false) @Nullable String phase,
            @Parameter(description = "Fachamt-Kürzel / department code") @RequestParam(required = false)
            @Nullable String department,
            @Parameter(description = "Strategisches Ziel / strategic goal") @RequestParam(required = false)
            @Nullable String goal,
            @Parameter(description = "Horizont / horizon") @RequestParam(required = false) @Nullable String horizon,
            @Parameter(description = "Kategorie / category") @RequestParam(required = false) @Nullable String category,
            @Parameter(description = "Risikostufe oder NONE (nicht eingestuft) / risk tier or NONE (not classified)")
            @RequestParam(required = false) @Nullable String tier,
            @Parameter(description = "Sortierung / sort: REFERENCE, TITLE, DEPARTMENT, PHASE, CHANGED, RELEVANCE")
            @RequestParam(required = false) @Nullable String sort,
            @Parameter(description = "asc oder desc") @RequestParam(required = false) @Nullable String dir,
            @Parameter(description = "Seite ab 0 / page from 0") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Seitengröße / page size (1–" + UseCaseSearch.MAX_PAGE_SIZE + ")")
            @RequestParam(required = false) @Nullable String size) {
        List<String> problems = new ArrayList<>();
        Phase phaseFilter = value(Phase.class, "phase", phase, problems);
        StrategicGoal goalFilter = value(StrategicGoal.class, "goal", goal, problems);
        Horizon horizonFilter = value(Horizon.class, "horizon", horizon, problems);
        Category categoryFilter = value(Category.class, "category", category, problems);
        UseCaseSearch.TierFilter tierFilter = tier != null && "NONE".equalsIgnoreCase(tier.strip())
                ? UseCaseSearch.TierFilter.UNCLASSIFIED : tierFilter(tier, problems);
        UseCaseSearch.SortKey sortKey = value(UseCaseSearch.SortKey.class, "sort", sort, problems);
        if (dir != null && !dir.isBlank() && !List.of("asc", "desc").contains(dir.strip().toLowerCase(Locale.ROOT))) {
            problems.add("dir: erlaubt sind asc und desc");
        }
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / UseCaseSearch.MAX_PAGE_SIZE, problems);
        int pageSize = number("size", size, SearchParameters.DEFAULT_PAGE_SIZE, 1, UseCaseSearch.MAX_PAGE_SIZE,
                problems);
        UUID departmentId = departmentId(department, problems);
        if (!problems.isEmpty()) {
            throw new InvalidParameters(problems);
        }
        if (sortKey == null) {
            sortKey = q == null || q.isBlank() ? UseCaseSearch.SortKey.REFERENCE : UseCaseSearch.SortKey.RELEVANCE;
        }
        return UseCasePage.of(useCases.search(new UseCaseSearch(q, phaseFilter, departmentId, goalFilter,
                horizonFilter, categoryFilter, tierFilter, sortKey, dir != null && "desc".equalsIgnoreCase(dir.strip()),
                pageNumber, pageSize)));
    }

    @GetMapping("/{reference}")
    @Operation(operationId = "getUseCase", summary = "Ein Anwendungsfall / One use case",
            description = "Alle Angaben, die die Seite des Anwendungsfalls zeigt, mit der Risikostufe aus der "
                    + "aktuellen Einstufung (Einzelheiten unter assessmentHref). / Everything the use case's page "
                    + "shows, with the risk tier of the current assessment (details under assessmentHref).")
    @ApiResponse(responseCode = "200", description = "Anwendungsfall / use case", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UseCaseDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unbekannte Kennung / unknown reference", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Nicht angemeldet / not authenticated", content = @Content)
    UseCaseDetail one(@Parameter(description = "Kennung / reference code", example = "KI-2026-014")
            @PathVariable String reference) {
        UseCase useCase = useCases.byReference(reference);
        return UseCaseDetail.of(useCase, users.findByUsername(useCase.ownerUsername()).orElse(null),
                useCases.tierOf(reference).orElse(null));
    }

    @ExceptionHandler(InvalidParameters.class)
    ProblemDetail invalid(InvalidParameters e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Ungültige Parameter: " + String.join("; ", e.problems) + ".");
        problem.setTitle("Ungültige Anfrage");
        problem.setProperty("errors", e.problems);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Einen Anwendungsfall mit dieser Kennung gibt es nicht.");
        problem.setTitle("Nicht gefunden");
        return problem;
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, String name, @Nullable String value,
            List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        problems.add(name + ": erlaubt sind " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
        return null;
    }

    private static UseCaseSearch.@Nullable TierFilter tierFilter(@Nullable String tier, List<String> problems) {
        if (tier == null || tier.isBlank()) {
            return null;
        }
        RiskTier value = value(RiskTier.class, "tier", tier, problems);
        if (value == null) {
            problems.set(problems.size() - 1, problems.getLast() + ", NONE");
            return null;
        }
        return new UseCaseSearch.TierFilter(value);
    }

    private static int number(String name, @Nullable String value, int fallback, int min, int max,
            List<String> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + ": erlaubt ist eine ganze Zahl von " + min + " bis " + max);
        return fallback;
    }

    private @Nullable UUID departmentId(@Nullable String code, List<String> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return departments.all().stream().filter(d -> d.code().equalsIgnoreCase(code.strip())).findFirst()
                .map(Department::id).orElseGet(() -> {
                    problems.add("department: unbekanntes Fachamt-Kürzel");
                    return null;
                });
    }

    /** Parameters the API refuses, each as "name: what is allowed". */
    static final class InvalidParameters extends RuntimeException {

        private final List<String> problems;

        InvalidParameters(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }
    }
}

package de.kiregister.publication.web;

import de.kiregister.publication.domain.PublicField;
import de.kiregister.publication.domain.PublicRegister;
import de.kiregister.publication.domain.PublicRow;
import de.kiregister.publication.domain.PublicSearch;
import de.kiregister.publication.domain.PublicationSettings;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public transparency register for citizens, press and council: no login, German and English, no JavaScript.
 * Everything shown comes from published snapshots ({@link PublicRegister}); an unpublished use case is not found.
 */
@Controller
@RequestMapping("/register")
class PublicRegisterController {

    private final PublicRegister register;
    private final PublicCaching caching;
    private final PublicationSettings settings;

    PublicRegisterController(PublicRegister register, PublicCaching caching, PublicationSettings settings) {
        this.register = register;
        this.caching = caching;
        this.settings = settings;
    }

    @GetMapping
    @Nullable String list(PublicParameters parameters, ServletWebRequest request, Model model) {
        if (caching.notModified(request)) {
            return null;
        }
        PublicSearch search = parameters.toSearch();
        Page<PublicRow> page = register.search(search);
        if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
            // A page beyond the end (a hand-edited URL, a narrower filter) shows the last page instead of nothing.
            search = search.withPage(Math.max(0, page.getTotalPages() - 1));
            page = register.search(search);
        }
        model.addAttribute("search", search);
        model.addAttribute("page", page);
        model.addAttribute("departments", register.departments());
        model.addAttribute("goals", StrategicGoal.values());
        model.addAttribute("tiers", RiskTier.values());
        model.addAttribute("phases", Phase.values());
        addPublisher(model);
        return "register/list";
    }

    @GetMapping("/{reference}")
    @Nullable String entry(@PathVariable String reference, ServletWebRequest request, Model model) {
        if (caching.notModified(request)) {
            return null;
        }
        PublicRegister.Lookup lookup = register.lookup(reference)
                .orElseThrow(() -> new NotFoundException("public entry " + reference));
        addPublisher(model);
        return switch (lookup) {
            case PublicRegister.Published published -> {
                model.addAttribute("entry", published.entry());
                model.addAttribute("fields", PublicField.values());
                yield "register/entry";
            }
            case PublicRegister.Withdrawn withdrawn -> {
                if (request.getResponse() != null) {
                    request.getResponse().setStatus(HttpStatus.GONE.value());
                }
                model.addAttribute("withdrawn", withdrawn);
                yield "register/withdrawn";
            }
        };
    }

    /** Unknown and never published references look the same: not found, in the public layout. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("register/not-found", HttpStatus.NOT_FOUND);
        page.addObject("organization", settings.organization());
        return page;
    }

    private void addPublisher(Model model) {
        model.addAttribute("organization", settings.organization());
        model.addAttribute("contactEmail", settings.contactEmail());
    }
}

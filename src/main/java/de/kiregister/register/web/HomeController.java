package de.kiregister.register.web;

import java.util.List;

import de.kiregister.identity.CurrentUser;
import de.kiregister.register.domain.UseCaseService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: my use cases and what changed recently. Later modules add their task lists here. */
@Controller
class HomeController {

    private final UseCaseService useCases;

    HomeController(UseCaseService useCases) {
        this.useCases = useCases;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("myUseCases", CurrentUser.username().map(useCases::ownedBy).orElse(List.of()));
        model.addAttribute("recent", useCases.recentlyChanged());
        return "home";
    }
}

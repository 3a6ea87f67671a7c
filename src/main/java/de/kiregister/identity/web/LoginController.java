package de.kiregister.identity.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final long lockMinutes;

    LoginController(@Value("${kiregister.login.lock-duration:PT15M}") Duration lock) {
        this.lockMinutes = Math.max(1, lock.toMinutes());
    }

    /** The form; {@code ?locked} after too many failed attempts tells for how long (rule 35, docs/rules.md). */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", lockMinutes);
        return "login";
    }
}

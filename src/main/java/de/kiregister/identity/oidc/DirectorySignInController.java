package de.kiregister.identity.oidc;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page a refused or failed sign-in through the directory ends on: what happened and what to do now. */
@Controller
@Conditional(IssuerConfigured.class)
class DirectorySignInController {

    @GetMapping("/login/refused")
    String refused(@RequestParam(defaultValue = "") String reason, Model model) {
        // Only known reasons reach the template: the parameter picks a message key, nothing else.
        model.addAttribute("reason", Refusal.ofReason(reason).orElse(Refusal.FAILED).reason());
        return "login-refused";
    }
}

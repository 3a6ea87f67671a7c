package de.kiregister.identity.web;

import java.time.Duration;

import de.kiregister.identity.oidc.OidcSignIn;
import de.kiregister.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final long lockMinutes;
    private final boolean localSignIn;
    private final ObjectProvider<OidcSignIn> directory;

    LoginController(@Value("${kiregister.login.lock-duration:PT15M}") Duration lock,
            @Value("${kiregister.login.local.enabled:true}") boolean localSignIn,
            ObjectProvider<OidcSignIn> directory) {
        this.lockMinutes = Math.max(1, lock.toMinutes());
        this.localSignIn = localSignIn;
        this.directory = directory;
    }

    /**
     * The button for the sign-in through the directory when an issuer is configured, the form for local accounts
     * when local sign-in is on; {@code ?locked} after too many failed attempts tells for how long (rule 35, docs/rules.md).
     */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", lockMinutes);
        model.addAttribute("localSignIn", localSignIn);
        OidcSignIn signIn = directory.getIfAvailable();
        if (signIn != null) {
            model.addAttribute("oidcStart", signIn.startPath());
            model.addAttribute("oidcLabel", signIn.label());
        }
        return "login";
    }

    /** Where a refused or failed sign-in through the directory ends: what happened and what to do now. */
    @GetMapping("/login/refused")
    String refused(@RequestParam(defaultValue = "") String reason, Model model) {
        OidcSignIn signIn = directory.getIfAvailable();
        if (signIn == null) {
            throw new NotFoundException("no sign-in through a directory");
        }
        model.addAttribute("reason", signIn.knownRefusalReason(reason));
        return "login-refused";
    }
}

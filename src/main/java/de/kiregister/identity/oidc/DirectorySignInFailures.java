package de.kiregister.identity.oidc;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Every failed or refused sign-in through the directory ends on the page {@code /login/refused?reason=…}, which says
 * in German (or English) what happened and what to do; never an error page, never a session with rights.
 */
final class DirectorySignInFailures implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(DirectorySignInFailures.class);

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();
    private final boolean startingTheSignIn;

    /**
     * @param startingTheSignIn true for the step that sends the browser to the directory: it fails only when the
     *     directory's discovery document cannot be read
     */
    DirectorySignInFailures(boolean startingTheSignIn) {
        this.startingTheSignIn = startingTheSignIn;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        Refusal refusal = startingTheSignIn ? Refusal.UNAVAILABLE : refusalOf(exception);
        if (refusal == Refusal.FAILED || refusal == Refusal.UNAVAILABLE) {
            log.warn("Anmeldung über das Verzeichnis fehlgeschlagen: {}", exception.toString());
        }
        redirect.sendRedirect(request, response, "/login/refused?reason=" + refusal.reason());
    }

    static Refusal refusalOf(AuthenticationException exception) {
        if (exception instanceof DisabledException) {
            return Refusal.DISABLED;
        }
        if (exception instanceof OAuth2AuthenticationException oauth2) {
            String code = oauth2.getError().getErrorCode();
            if ("client_registration_not_found".equals(code)) {
                return Refusal.UNAVAILABLE;
            }
            return Refusal.ofErrorCode(code).orElse(Refusal.FAILED);
        }
        return Refusal.FAILED;
    }
}

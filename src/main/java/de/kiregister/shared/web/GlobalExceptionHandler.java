package de.kiregister.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the exceptions the application raises on purpose into German error pages. Nothing here shows an
 * exception message: a rule violation shows its own translated message key, everything unexpected goes to
 * Boot's error page (error/500.html) with stack traces and messages switched off in the configuration.
 * Access denials are left to Spring Security (403 page).
 */
@ControllerAdvice
class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    private final MessageSource messages;

    GlobalExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        log.debug("Not found: {}", e.getMessage());
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(OptimisticLockingFailureException e) {
        log.info("Concurrent modification refused: {}", e.getClass().getSimpleName());
        return errorPage(HttpStatus.CONFLICT);
    }

    /**
     * The database cannot be reached (restart, network): a temporary state, not a bug. 503 tells proxies and
     * people to try again; the pool reconnects by itself once the database is back.
     */
    @ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
    ModelAndView databaseUnavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response,
            Locale locale) throws IOException {
        log.warn("Database unavailable: {}", e.getClass().getSimpleName());
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return errorPage(HttpStatus.SERVICE_UNAVAILABLE);
        }
        // Scripts get a problem document (RFC 9457) as from every other API error, not an HTML page.
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":503,\"title\":\""
                + json(messages.getMessage("error.503.title", null, locale)) + "\",\"detail\":\""
                + json(messages.getMessage("error.503.text", null, locale)) + "\"}");
        return new ModelAndView();
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ModelAndView ruleViolation(DomainRuleViolation e) {
        ModelAndView page = errorPage(HttpStatus.CONFLICT);
        page.addObject("ruleKey", e.messageKey());
        page.addObject("ruleArguments", e.arguments());
        return page;
    }

    /** The same template Boot's error controller renders (error.html), with the status it expects. */
    private static ModelAndView errorPage(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}

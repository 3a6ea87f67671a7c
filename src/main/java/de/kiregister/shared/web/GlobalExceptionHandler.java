package de.kiregister.shared.web;

import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
